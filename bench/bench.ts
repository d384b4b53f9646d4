// Quality and speed benchmark of clean-article over the development corpus.
//
//   npm run bench -- [--corpus DIR] [--dataset NAME]... [--kinds dump-browser,dump-html2text,html]
//                    [--worst N] [--peers] [--json FILE] [--no-speed]
//
// Quality: cleanDetailed runs in-process on every document of every dataset × kind and is scored
// with the corpus metrics (bench/metrics.ts, equal to /work/shared/eval/score.mjs); on the HTML
// pages also the title/byline/date against the truth (bench/metadata.ts).
// Speed: throughput on the scrapinghub browser dumps and HTML pages, CLI start-up time, peak memory.
// --peers: Readability.js on linkedom over the same pages, scored and timed the same way, and
// cheerio.load alone when cheerio is installed (bench/peers.ts).
// All figures go to bench/results/latest.json (or --json FILE).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatHtmlTable, formatMetaMisses, type HtmlColumn } from './compare.js';
import { CorpusError, corpusExists, DEFAULT_CORPUS, type Kind, PROJECT_ROOT } from './corpus.js';
import { loadCheerioVariants, loadReadabilityPeer, type Peer } from './peers.js';
import {
  formatErrors,
  formatQualityTable,
  formatWorst,
  type KindRun,
  libraryExtractor,
  loadLibrary,
  parseKinds,
  type QualityReport,
  runExtractor,
  runMain,
  runQuality,
  splitList,
  UsageError,
} from './run-quality.js';
import {
  type CliMemory,
  loadAllSpeedInputs,
  loadSpeedInputs,
  measureCliMemory,
  measureParse,
  measureStartup,
  measureThroughput,
  SPEED_DATASET,
  type Startup,
  type Throughput,
} from './speed.js';

const USAGE = `usage: npm run bench -- [options]
  --corpus DIR        corpus folder (default: ../shared/corpus from the project root)
  --dataset NAME      dataset to run; repeatable or comma-separated (default: all)
  --kinds LIST        input kinds, comma-separated: dump-browser, dump-html2text, html
                      (default: every kind each dataset has)
  --worst N           list the N worst documents per dataset × kind, with the blocks to blame,
                      and (html) the first N metadata misses per field
  --peers             also run Readability.js on linkedom over the HTML pages, scored and timed
                      the same way, and time cheerio.load alone when cheerio is installed
  --json FILE         where to write the figures (default: bench/results/latest.json)
  --no-speed          skip throughput, start-up and memory measurements`;

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

const DUMP_SPEED_KIND: Kind = 'dump-browser';

function throughputLine(label: string, t: Throughput | string, unit: string): string {
  if (typeof t === 'string') return `  ${label}: ${t}`;
  const warn = t.threw ? `  (WARNING: ${t.threw} documents threw; figure not meaningful)` : '';
  return (
    `  ${label} (${t.dataset}/${t.kind}, ${t.docs} ${unit}, ${(t.bytes / 1e6).toFixed(2)} MB, one core, median of ${t.runs}): ` +
    `${t.docsPerSecond.toFixed(1)} ${unit}/s, ${t.mbPerSecond.toFixed(2)} MB/s (first, cold pass: ${t.coldDocsPerSecond.toFixed(1)})${warn}`
  );
}

function memoryLine(m: CliMemory | string): string {
  if (typeof m === 'string') return `  peak memory of the CLI over the pages: ${m}`;
  const warn = m.exitCode !== 0 ? `  (WARNING: CLI exited with ${m.exitCode}: ${m.stderr?.split('\n')[0] ?? ''})` : '';
  return `  peak memory of the CLI over the pages (${m.command}): ${m.peakRssMB.toFixed(1)} MB in ${m.seconds.toFixed(1)} s${warn}`;
}

interface HtmlSpeed {
  throughput: Throughput | string;
  peer: Throughput | string;
  parsers: Throughput[] | string;
  cliMemory: CliMemory | string;
}

/** Speed over the scrapinghub HTML pages: clean-article, the peer, cheerio's parse alone, CLI memory. */
async function measureHtmlSpeed(
  lib: Awaited<ReturnType<typeof loadLibrary>>,
  corpusDir: string,
  peer: Peer | string | null,
): Promise<HtmlSpeed> {
  const inputs = loadSpeedInputs(corpusDir, SPEED_DATASET, 'html');
  if (typeof inputs === 'string') return { throughput: inputs, peer: inputs, parsers: inputs, cliMemory: inputs };
  const speed: HtmlSpeed = {
    throughput: lib.cleanDetailed
      ? measureThroughput(libraryExtractor(lib), SPEED_DATASET, 'html', inputs)
      : 'skipped: library failed to load',
    peer: 'skipped: no --peers',
    parsers: 'skipped: no --peers',
    cliMemory: 'skipped',
  };
  console.log(throughputLine('clean-article', speed.throughput, 'pages'));
  if (peer !== null) {
    speed.peer = typeof peer === 'string' ? peer : measureThroughput(peer, SPEED_DATASET, 'html', inputs);
    console.log(throughputLine('Readability.js', speed.peer, 'pages'));
    const cheerio = await loadCheerioVariants();
    if (typeof cheerio === 'string') {
      speed.parsers = cheerio;
      console.log(`  cheerio.load alone: ${cheerio}`);
    } else {
      speed.parsers = cheerio.variants.map((v) => measureParse(v.name, v.load, SPEED_DATASET, inputs));
      for (const t of speed.parsers)
        console.log(throughputLine(`${t.extractor} ${cheerio.version}, parse only`, t, 'pages'));
    }
  }
  speed.cliMemory = measureCliMemory(inputs);
  console.log(memoryLine(speed.cliMemory));
  return speed;
}

const metaFigures = (runs: readonly KindRun[]) =>
  Object.fromEntries(
    runs.flatMap((r) =>
      (r.metadata ?? []).map((m) => [
        `${r.dataset}/${r.kind}/${m.field}`,
        { metric: m.field, docs: m.docs, matched: m.matched, rate: m.rate },
      ]),
    ),
  );

const f1Figures = (runs: readonly KindRun[]) =>
  Object.fromEntries(
    runs.flatMap((r) =>
      r.figures.map((f) => [
        f.key,
        { metric: f.metric, docs: f.docs, f1: f.f1, precision: f.precision, recall: f.recall, threw: r.errors.length },
      ]),
    ),
  );

const runJson = (r: KindRun) => ({
  dataset: r.dataset,
  kind: r.kind,
  docs: r.docs,
  bytes: r.bytes,
  seconds: round(r.seconds, 3),
  cleanSeconds: round(r.cleanSeconds, 3),
  figures: r.figures,
  ...(r.metadata ? { metadata: r.metadata } : {}),
  errors: r.errors,
  missing: r.missing,
  worst: r.worst,
});

/** Why dist/ cannot stand for the sources (missing, or older than a file under src/), or null. */
function staleBuild(): string | null {
  const built = join(PROJECT_ROOT, 'dist/index.js');
  if (!existsSync(built)) return 'no built library in dist/: run `npm run build` (`npm run bench` does)';
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (m, e) => Math.max(m, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs),
      0,
    );
  return newest(join(PROJECT_ROOT, 'src')) > statSync(built).mtimeMs
    ? 'dist/ is older than src/: run `npm run build` (`npm run bench` does)'
    : null;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      corpus: { type: 'string' },
      dataset: { type: 'string', multiple: true },
      kinds: { type: 'string', multiple: true },
      worst: { type: 'string' },
      peers: { type: 'boolean' },
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
  // Timed as it ships: the built library (npm run bench builds it first). Quality alone reads the
  // sources, which give the same figures without a build.
  const timed = !values['no-speed'];
  const stale = timed ? staleBuild() : null;
  if (stale) throw new UsageError(stale);
  const lib = await loadLibrary(timed ? 'dist' : 'src');
  const htmlAsked = kinds.length === 0 || kinds.includes('html');
  const peer: Peer | string | null = values.peers
    ? htmlAsked
      ? await loadReadabilityPeer()
      : 'skipped: no html kind in this run'
    : null;

  // Speed first, on a fresh heap: measured after the quality runs, the timings paid for the
  // collection of every result and block those runs keep (2,175 documents), which a CLI run or a
  // batch worker never holds.
  let throughput: Throughput | string = 'skipped: --no-speed';
  let throughputAll: Throughput | string = 'skipped: --no-speed';
  let startup: Startup | string = 'skipped: --no-speed';
  let htmlSpeed: HtmlSpeed | string = htmlAsked ? 'skipped: --no-speed' : 'skipped: no html kind in this run';
  if (!values['no-speed']) {
    console.log('\nspeed');
    const inputs = loadSpeedInputs(corpusDir, SPEED_DATASET, DUMP_SPEED_KIND);
    throughput =
      typeof inputs === 'string'
        ? inputs
        : lib.cleanDetailed
          ? measureThroughput(libraryExtractor(lib), SPEED_DATASET, DUMP_SPEED_KIND, inputs)
          : 'skipped: library failed to load';
    console.log(throughputLine('throughput', throughput, 'docs'));
    const all = loadAllSpeedInputs(corpusDir, DUMP_SPEED_KIND);
    throughputAll =
      typeof all === 'string'
        ? all
        : lib.cleanDetailed
          ? measureThroughput(libraryExtractor(lib), 'all', DUMP_SPEED_KIND, all)
          : 'skipped: library failed to load';
    console.log(throughputLine('throughput, every dataset', throughputAll, 'docs'));
    if (htmlAsked) htmlSpeed = await measureHtmlSpeed(lib, corpusDir, peer);
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

  const quality: QualityReport = await runQuality({ corpusDir, datasets, kinds, worst, library: lib });
  const htmlRuns = quality.runs.filter((r) => r.kind === 'html');

  // The peer runs over the same pages as clean-article, right after it, in the same process.
  let peerRuns: KindRun[] = [];
  if (values.peers) {
    if (typeof peer !== 'string' && peer !== null)
      peerRuns = runExtractor(
        peer,
        corpusDir,
        htmlRuns.map((r) => r.dataset),
        'html',
      );
  }

  console.log(`\nquality — corpus ${relative(process.cwd(), corpusDir) || corpusDir}`);
  console.log(formatQualityTable(quality));
  const errs = formatErrors(quality);
  if (errs) console.log(`\n${errs}`);
  if (typeof peer === 'string') console.log(`\npeers: ${peer}`);
  else if (peer) {
    const peerErrs = formatErrors({ ...quality, libraryError: undefined, runs: peerRuns });
    if (peerErrs) console.log(`\n${peer.label}:\n${peerErrs}`);
  }
  if (worst > 0) {
    console.log(formatWorst(quality));
    const misses = formatMetaMisses(htmlRuns, worst);
    if (misses) console.log(misses);
  }

  // maxRSS is in kilobytes. It covers the whole bench process: the quality run and the speed runs.
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  if (!values['no-speed']) console.log(`  peak memory (maxRSS of the bench process): ${peakRssMB.toFixed(1)} MB`);

  if (htmlRuns.length) {
    const hs = typeof htmlSpeed === 'string' ? null : htmlSpeed;
    const columns: HtmlColumn[] = [
      {
        label: 'clean-article',
        runs: htmlRuns,
        throughput: typeof hs?.throughput === 'object' ? hs.throughput : undefined,
        peakRssMB: typeof hs?.cliMemory === 'object' ? hs.cliMemory.peakRssMB : undefined,
      },
    ];
    if (peer && typeof peer !== 'string')
      columns.push({
        label: peer.label,
        runs: peerRuns,
        throughput: typeof hs?.peer === 'object' ? hs.peer : undefined,
      });
    const side =
      peer && typeof peer !== 'string' ? ` — side by side with ${peer.description}, same pages, same run` : '';
    console.log(`\nhtml${side}`);
    console.log(formatHtmlTable(columns));
  }

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
    figures: { ...f1Figures(quality.runs), ...metaFigures(quality.runs) },
    quality: quality.runs.map(runJson),
    skipped: quality.skipped,
    speed: { throughput, throughputAll, startup, peakRssMB: round(peakRssMB, 1), html: htmlSpeed },
    peers:
      peer === null
        ? 'skipped: no --peers'
        : typeof peer === 'string'
          ? peer
          : {
              readability: {
                label: peer.label,
                description: peer.description,
                versions: peer.versions,
                figures: { ...f1Figures(peerRuns), ...metaFigures(peerRuns) },
                quality: peerRuns.map(runJson),
              },
            },
  };
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(result, null, 1)}\n`);
  console.log(`\nwrote ${relative(process.cwd(), jsonPath) || jsonPath}`);
  return 0;
}

runMain('bench', main, USAGE);
