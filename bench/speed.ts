// Speed figures of `npm run bench`: in-process throughput of an extractor over one dataset × kind,
// parse-only throughput of cheerio, CLI start-up time, and the CLI's peak memory over the HTML pages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { type Kind, listDatasets, loadDataset, PROJECT_ROOT, readInput } from './corpus.js';
import type { Extractor } from './run-quality.js';

export const SPEED_DATASET = 'scrapinghub';
const SPEED_RUNS = 5;
// Throughput is a batch's steady state: V8 optimises a function only after many calls, and one
// pass over 89 short dumps left the text path half-compiled (587 docs/s there, 793 after five
// passes, on the same build). The first pass is reported too, as coldDocsPerSecond.
const WARMUP_PASSES = 5;
const STARTUP_RUNS = 15;
const STARTUP_WARMUPS = 2;
const CLI = 'bin/clean-article.js';
const CLI_INPUT = 'fixtures/sputnik-afrique-fr.txt';

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? Number.NaN) + (s[m] ?? Number.NaN)) / 2;
};

export interface SpeedInput {
  path: string;
  /** The bytes the library gets (gunzipped; see readInput). */
  bytes: Uint8Array;
}

/**
 * The inputs of every dataset's `kind` together (the "browser dumps" are all of them; the
 * scrapinghub ones alone are the first figure, as earlier stops reported it); or why there are none.
 */
export function loadAllSpeedInputs(corpusDir: string, kind: Kind): SpeedInput[] | string {
  let names: string[];
  try {
    names = listDatasets(corpusDir);
  } catch (err) {
    return `skipped: ${(err as Error).message}`;
  }
  const inputs = names.flatMap((name) => {
    const one = loadSpeedInputs(corpusDir, name, kind);
    return typeof one === 'string' ? [] : one;
  });
  return inputs.length ? inputs : `skipped: no ${kind} inputs`;
}

/** The inputs of one dataset × kind, read into memory before anything is timed; or why there are none. */
export function loadSpeedInputs(corpusDir: string, dataset: string, kind: Kind): SpeedInput[] | string {
  let ds: ReturnType<typeof loadDataset>;
  try {
    ds = loadDataset(corpusDir, dataset);
  } catch (err) {
    return `skipped: ${(err as Error).message}`;
  }
  const inputs = ds.docs.flatMap((d) => {
    const p = d.inputs[kind];
    return p ? [{ path: p, bytes: readInput(p) }] : [];
  });
  return inputs.length ? inputs : `skipped: no ${dataset}/${kind} inputs`;
}

export interface Throughput {
  /** Which extractor was timed ("clean-article", "readability", a parser). */
  extractor: string;
  dataset: string;
  kind: Kind;
  docs: number;
  bytes: number;
  runs: number;
  /** Seconds spent in the extractor per run (after WARMUP_PASSES warm-up runs), and their median. */
  runSeconds: number[];
  medianSeconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  /** The first pass, before the JIT has optimised the code: what a short run sees. */
  coldDocsPerSecond: number;
  /** Documents that threw during the timed runs (their time is included; figures are then not meaningful). */
  threw: number;
}

/** WARMUP_PASSES passes, then SPEED_RUNS timed passes; `pass` returns its seconds and how many documents threw. */
function timePasses(
  extractor: string,
  dataset: string,
  kind: Kind,
  inputs: readonly SpeedInput[],
  pass: () => { seconds: number; threw: number },
): Throughput {
  const bytes = inputs.reduce((n, x) => n + x.bytes.byteLength, 0);
  const cold = pass();
  for (let i = 1; i < WARMUP_PASSES; i++) pass();
  const runs = Array.from({ length: SPEED_RUNS }, pass);
  const runSeconds = runs.map((r) => r.seconds);
  const med = median(runSeconds);
  return {
    extractor,
    dataset,
    kind,
    docs: inputs.length,
    bytes,
    runs: SPEED_RUNS,
    coldDocsPerSecond: inputs.length / cold.seconds,
    runSeconds,
    medianSeconds: med,
    docsPerSecond: inputs.length / med,
    mbPerSecond: bytes / 1e6 / med,
    threw: Math.max(...runs.map((r) => r.threw)),
  };
}

/** Throughput of an extractor in this process (one core), counting only the time spent inside it. */
export function measureThroughput(
  ex: Extractor,
  dataset: string,
  kind: Kind,
  inputs: readonly SpeedInput[],
): Throughput {
  return timePasses(ex.name, dataset, kind, inputs, () => {
    let ms = 0;
    let threw = 0;
    for (const x of inputs) {
      const out = ex.run(x.bytes, x.path, kind);
      ms += out.ms;
      if (out.error) threw++;
    }
    return { seconds: ms / 1000, threw };
  });
}

/**
 * Throughput of a parse-only function over pages already decoded to strings (decoding is not timed;
 * MB/s is over the pages' bytes as read).
 */
export function measureParse(
  name: string,
  parse: (html: string) => unknown,
  dataset: string,
  inputs: readonly SpeedInput[],
): Throughput {
  const html = inputs.map((x) => new TextDecoder().decode(x.bytes));
  return timePasses(name, dataset, 'html', inputs, () => {
    let threw = 0;
    const t0 = performance.now();
    for (const h of html) {
      try {
        parse(h);
      } catch {
        threw++;
      }
    }
    return { seconds: (performance.now() - t0) / 1000, threw };
  });
}

export interface Startup {
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

function missingBuild(): string | null {
  if (!existsSync(join(PROJECT_ROOT, 'dist'))) return 'skipped: dist/ is missing — run `npm run build` first';
  if (!existsSync(join(PROJECT_ROOT, 'dist/cli/bundle.cjs')))
    return 'skipped: dist/cli/bundle.cjs is missing — run `npm run build`';
  return null;
}

export function measureStartup(): Startup | string {
  const missing = missingBuild();
  if (missing) return missing;
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

export interface CliMemory {
  command: string;
  docs: number;
  bytes: number;
  /** Peak resident memory of the CLI process (maxRSS), MB. */
  peakRssMB: number;
  seconds: number;
  exitCode: number | null;
  stderr?: string;
}

const RSS_MARK = /^bench-maxrss-kb (\d+)$/m;

/**
 * Peak memory of one CLI run over all the pages (`clean-article p1.html … pN.html -o out.ndjson`),
 * measured by a preloaded module that prints the process's maxRSS on exit. The pages are written
 * unpacked to a temporary folder first, so the figure does not depend on gzip support.
 */
export function measureCliMemory(inputs: readonly SpeedInput[]): CliMemory | string {
  const missing = missingBuild();
  if (missing) return missing;
  const dir = mkdtempSync(join(tmpdir(), 'clean-article-bench-'));
  try {
    const files = inputs.map((x, i) => {
      const f = join(dir, `${String(i).padStart(3, '0')}-${basename(x.path).replace(/\.gz$/, '')}`);
      writeFileSync(f, x.bytes);
      return f;
    });
    const out = join(dir, 'out.ndjson');
    const preload = pathToFileURL(join(PROJECT_ROOT, 'bench/report-rss.mjs')).href;
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', preload, CLI, ...files, '-o', out], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - t0) / 1000;
    const m = RSS_MARK.exec(r.stderr ?? '');
    if (!m)
      return `skipped: the CLI run reported no memory figure (exit ${r.status}): ${(r.stderr ?? '').trim().split('\n')[0]}`;
    const mem: CliMemory = {
      command: `node ${CLI} <${inputs.length} ${SPEED_DATASET} pages> -o out.ndjson`,
      docs: inputs.length,
      bytes: inputs.reduce((n, x) => n + x.bytes.byteLength, 0),
      peakRssMB: Number(m[1]) / 1024,
      seconds,
      exitCode: r.status,
    };
    const rest = (r.stderr ?? '').replace(RSS_MARK, '').trim();
    if (r.status !== 0 && rest) mem.stderr = rest.slice(0, 500);
    return mem;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
