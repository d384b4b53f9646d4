// Quality and speed benchmark of clean-article over the development corpus.
//
//   npm run bench -- [--corpus DIR] [--dataset NAME]... [--kinds dump-browser,dump-html2text]
//                    [--worst N] [--json FILE] [--no-speed]
//
// Quality: cleanDetailed runs in-process on every document of every dataset × kind and is scored
// with the corpus metrics (bench/metrics.ts, equal to /work/shared/eval/score.mjs).
// Speed: throughput on the scrapinghub browser dumps, CLI start-up time, peak memory.
// All figures go to bench/results/latest.json (or --json FILE).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  CorpusError,
  corpusExists,
  DEFAULT_CORPUS,
  type Kind,
  loadDataset,
  PROJECT_ROOT,
  readInput,
} from './corpus.js';
import {
  formatErrors,
  formatQualityTable,
  formatWorst,
  type Library,
  loadLibrary,
  parseKinds,
  type QualityReport,
  runMain,
  runOne,
  runQuality,
  splitList,
  UsageError,
} from './run-quality.js';

const USAGE = `usage: npm run bench -- [options]
  --corpus DIR        corpus folder (default: ../shared/corpus from the project root)
  --dataset NAME      dataset to run; repeatable or comma-separated (default: all)
  --kinds LIST        input kinds, comma-separated: dump-browser, dump-html2text, html
                      (default: the dump kinds each dataset has)
  --worst N           list the N worst documents per dataset × kind, with the blocks to blame
  --json FILE         where to write the figures (default: bench/results/latest.json)
  --no-speed          skip throughput, start-up and memory measurements`;

const SPEED_DATASET = 'scrapinghub';
const SPEED_KIND: Kind = 'dump-browser';
const SPEED_RUNS = 3;
const STARTUP_RUNS = 15;
const STARTUP_WARMUPS = 2;
const CLI = 'bin/clean-article.js';
const CLI_INPUT = 'fixtures/sputnik-afrique-fr.txt';

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? Number.NaN) + (s[m] ?? Number.NaN)) / 2;
};

interface Throughput {
  dataset: string;
  kind: Kind;
  docs: number;
  bytes: number;
  runs: number;
  /** Seconds spent in cleanDetailed per run (after one warm-up run), and their median. */
  runSeconds: number[];
  medianSeconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  /** Documents that threw during the timed runs (their time is included; figures are then not meaningful). */
  threw: number;
}

function measureThroughput(lib: Library, corpusDir: string): Throughput | string {
  if (!lib.cleanDetailed) return `skipped: library failed to load`;
  let ds: ReturnType<typeof loadDataset>;
  try {
    ds = loadDataset(corpusDir, SPEED_DATASET);
  } catch (err) {
    return `skipped: ${(err as Error).message}`;
  }
  const inputs = ds.docs.flatMap((d) => {
    const p = d.inputs[SPEED_KIND];
    return p ? [{ path: p, bytes: readInput(p) }] : [];
  });
  if (!inputs.length) return `skipped: no ${SPEED_DATASET}/${SPEED_KIND} inputs`;
  const bytes = inputs.reduce((n, x) => n + x.bytes.byteLength, 0);
  const pass = (): { seconds: number; threw: number } => {
    let ms = 0;
    let threw = 0;
    for (const x of inputs) {
      const out = runOne(lib, x.bytes, x.path);
      ms += out.ms;
      if (out.error) threw++;
    }
    return { seconds: ms / 1000, threw };
  };
  pass(); // warm-up
  const runs = Array.from({ length: SPEED_RUNS }, pass);
  const runSeconds = runs.map((r) => r.seconds);
  const med = median(runSeconds);
  return {
    dataset: SPEED_DATASET,
    kind: SPEED_KIND,
    docs: inputs.length,
    bytes,
    runs: SPEED_RUNS,
    runSeconds,
    medianSeconds: med,
    docsPerSecond: inputs.length / med,
    mbPerSecond: bytes / 1e6 / med,
    threw: Math.max(...runs.map((r) => r.threw)),
  };
}

interface Startup {
  command: string;
  runs: number;
  warmups: number;
  medianMs: number;
  referenceCommand: string;
  referenceMedianMs: number;
  /** CLI median / `node -e 0` median. */
  ratio: number;
  /** Exit code of the CLI (first run); not 0 means the figure timed a failure. */
  exitCode: number | null;
  stderr?: string;
}

function timeSpawn(args: string[]): { ms: number; status: number | null; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  return { ms: performance.now() - t0, status: r.status, stderr: r.stderr ?? '' };
}

function medianSpawn(args: string[]): { medianMs: number; status: number | null; stderr: string } {
  let first: { status: number | null; stderr: string } | null = null;
  for (let i = 0; i < STARTUP_WARMUPS; i++) {
    const r = timeSpawn(args);
    first ??= r;
  }
  const times = Array.from({ length: STARTUP_RUNS }, () => timeSpawn(args).ms);
  return { medianMs: median(times), status: first?.status ?? null, stderr: first?.stderr ?? '' };
}

function measureStartup(): Startup | string {
  if (!existsSync(join(PROJECT_ROOT, 'dist'))) return 'skipped: dist/ is missing — run `npm run build` first';
  if (!existsSync(join(PROJECT_ROOT, 'dist/cli/main.js')))
    return 'skipped: dist/cli/main.js is missing — run `npm run build`';
  if (!existsSync(join(PROJECT_ROOT, CLI_INPUT))) return `skipped: ${CLI_INPUT} is missing`;
  const cli = medianSpawn([CLI, CLI_INPUT]);
  const ref = medianSpawn(['-e', '0']);
  const s: Startup = {
    command: `node ${CLI} ${CLI_INPUT}`,
    runs: STARTUP_RUNS,
    warmups: STARTUP_WARMUPS,
    medianMs: cli.medianMs,
    referenceCommand: 'node -e 0',
    referenceMedianMs: ref.medianMs,
    ratio: cli.medianMs / ref.medianMs,
    exitCode: cli.status,
  };
  if (cli.status !== 0) s.stderr = cli.stderr.trim().slice(0, 500);
  return s;
}

function gitCommit(): string | null {
  try {
    const out = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return out || null;
  } catch {
    return null;
  }
}

function round(x: number, d: number): number {
  return Number.isFinite(x) ? Number(x.toFixed(d)) : x;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      corpus: { type: 'string' },
      dataset: { type: 'string', multiple: true },
      kinds: { type: 'string', multiple: true },
      worst: { type: 'string' },
      json: { type: 'string' },
      'no-speed': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const corpusDir = values.corpus ? resolve(values.corpus) : DEFAULT_CORPUS;
  const datasets = splitList(values.dataset);
  const kinds = parseKinds(values.kinds);
  const worst = values.worst === undefined ? 0 : Number(values.worst);
  if (!Number.isInteger(worst) || worst < 0)
    throw new UsageError(`--worst needs a whole number, got "${values.worst}"`);
  const jsonPath = values.json ? resolve(values.json) : join(PROJECT_ROOT, 'bench/results/latest.json');
  if (!corpusExists(corpusDir)) throw new CorpusError(`corpus not found at ${corpusDir} (pass --corpus DIR)`);

  const started = new Date();
  const lib = await loadLibrary();
  const quality: QualityReport = await runQuality({ corpusDir, datasets, kinds, worst, library: lib });

  console.log(`\nquality — corpus ${relative(process.cwd(), corpusDir) || corpusDir}`);
  console.log(formatQualityTable(quality));
  const errs = formatErrors(quality);
  if (errs) console.log(`\n${errs}`);
  if (worst > 0) console.log(formatWorst(quality));

  let throughput: Throughput | string = 'skipped: --no-speed';
  let startup: Startup | string = 'skipped: --no-speed';
  if (!values['no-speed']) {
    console.log('\nspeed');
    throughput = measureThroughput(lib, corpusDir);
    if (typeof throughput === 'string') console.log(`  throughput: ${throughput}`);
    else {
      const t = throughput;
      const warn = t.threw ? `  (WARNING: ${t.threw} documents threw; figure not meaningful)` : '';
      console.log(
        `  throughput (${t.dataset}/${t.kind}, ${t.docs} docs, ${(t.bytes / 1e6).toFixed(2)} MB, one core, median of ${t.runs}): ` +
          `${t.docsPerSecond.toFixed(1)} docs/s, ${t.mbPerSecond.toFixed(2)} MB/s${warn}`,
      );
    }
    startup = measureStartup();
    if (typeof startup === 'string') console.log(`  start-up: ${startup}`);
    else {
      const s = startup;
      const warn =
        s.exitCode !== 0 ? `  (WARNING: CLI exited with ${s.exitCode}: ${s.stderr?.split('\n')[0] ?? ''})` : '';
      console.log(
        `  start-up: ${s.medianMs.toFixed(1)} ms (${s.command}, median of ${s.runs}); ` +
          `node -e 0: ${s.referenceMedianMs.toFixed(1)} ms; ratio ${s.ratio.toFixed(2)}${warn}`,
      );
    }
  }
  // maxRSS is in kilobytes. It covers the whole bench process: the quality run and the speed runs.
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  if (!values['no-speed']) console.log(`  peak memory (maxRSS of the bench process): ${peakRssMB.toFixed(1)} MB`);

  const figures = Object.fromEntries(
    quality.runs.flatMap((r) =>
      r.figures.map((f) => [
        f.key,
        { metric: f.metric, docs: f.docs, f1: f.f1, precision: f.precision, recall: f.recall, threw: r.errors.length },
      ]),
    ),
  );
  const cpu = cpus()[0];
  const result = {
    timestamp: started.toISOString(),
    commit: gitCommit(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpu ? cpu.model : null,
    corpus: corpusDir,
    datasets: quality.datasets,
    kinds: quality.kinds,
    libraryError: quality.libraryError ?? null,
    figures,
    quality: quality.runs.map((r) => ({
      dataset: r.dataset,
      kind: r.kind,
      docs: r.docs,
      bytes: r.bytes,
      seconds: round(r.seconds, 3),
      cleanSeconds: round(r.cleanSeconds, 3),
      figures: r.figures,
      errors: r.errors,
      missing: r.missing,
      worst: r.worst,
    })),
    skipped: quality.skipped,
    speed: { throughput, startup, peakRssMB: round(peakRssMB, 1) },
  };
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(result, null, 1)}\n`);
  console.log(`\nwrote ${relative(process.cwd(), jsonPath) || jsonPath}`);
  return 0;
}

runMain('bench', main, USAGE);
