// Batch benchmark: the gain of boilerplate learned across pages, and the runner's speed.
//
//   npm run bench:batch -- [--no-speed] [--pages 10000] [--json FILE]
//
// Quality: generated batches (bench/batch/generate.ts: 5 sites × 24 pages, chrome repeating on
// every page of a site) cleaned by the built CLI with and without learning, scored with the
// corpus shingle F1 (bench/metrics.ts); also a template learned from another day's pages
// (--learn-from) and records streamed on stdin (held-back sample).
// Speed: N generated pages with --jobs 1 and --jobs 2, peak memory (RSS of the whole process,
// workers included) for N/10 and N pages, and the pool's overhead on 10 small files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { generatePages, writeBatch } from './batch/generate.js';
import { PROJECT_ROOT } from './corpus.js';
import { scoreShingle, type Truth } from './metrics.js';
import { runMain } from './run-quality.js';

const USAGE = `usage: npm run bench:batch -- [--no-speed] [--pages N] [--json FILE]`;
const CLI = join(PROJECT_ROOT, 'bin/clean-article.js');
const PAGES_PER_SITE = 24;
const OVERHEAD_RUNS = 7;

interface Run {
  stdout: string;
  seconds: number;
  /** Peak resident memory in MB, when /usr/bin/time is there to measure it. */
  peakMB: number | null;
  /** CPU seconds (user + system) of the whole process, workers included. */
  cpuSeconds: number | null;
  code: number | null;
}

const TIME = '/usr/bin/time';

function cli(args: string[], input?: string, stdout: 'pipe' | 'ignore' = 'pipe'): Run {
  const timed = existsSync(TIME);
  const cmd = timed ? TIME : process.execPath;
  const argv = timed ? ['-f', 'TIME %e %M %U %S', process.execPath, CLI, ...args] : [CLI, ...args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, {
    input: input ?? '',
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['pipe', stdout, 'pipe'],
  });
  const seconds = (performance.now() - t0) / 1000;
  const m = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return {
    stdout: r.stdout ?? '',
    seconds: m ? Number(m[1]) : seconds,
    peakMB: m ? Number(m[2]) / 1024 : null,
    cpuSeconds: m ? Number(m[3]) + Number(m[4]) : null,
    code: r.status,
  };
}

interface F1 {
  precision: number;
  recall: number;
  f1: number;
}

/** F1 of the NDJSON records against the truth; ids are "<site>/<page>" (from paths or record ids). */
function score(stdout: string, truth: Truth, site?: string): F1 {
  const preds = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as { source: string; id?: string; article?: { text: string } };
    const id = r.id ?? r.source.replace(/^.*?([^/]+\/[^/]+)\.txt$/, '$1');
    preds.set(id, r.article?.text ?? '');
  }
  const t = site ? Object.fromEntries(Object.entries(truth).filter(([k]) => k.startsWith(`${site}/`))) : truth;
  const s = scoreShingle(t, preds);
  if (!s) throw new Error('no documents to score');
  return { precision: s.precision, recall: s.recall, f1: s.f1 };
}

const pct = (x: number) => (x * 100).toFixed(1);

function quality(tmp: string) {
  const dir = join(tmp, 'quality');
  writeBatch(dir, { pagesPerSite: PAGES_PER_SITE, seed: 1 });
  const other = join(tmp, 'other-day');
  writeBatch(other, { pagesPerSite: PAGES_PER_SITE, seed: 2 });
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  const runs = {
    'no learning (--no-learn)': cli([dir, '-q', '--no-learn', '--exclude', 'truth.json']),
    'learned in the batch (default)': cli([dir, '-q', '--exclude', 'truth.json']),
    'learned from another day (--learn-from)': cli([dir, '-q', '--exclude', 'truth.json', '--learn-from', other]),
    'records on stdin, by url (200 held back)': cli(
      ['--input', 'ndjson', '-q'],
      [...generatePages({ pagesPerSite: PAGES_PER_SITE, seed: 1 })]
        .map((p) => JSON.stringify({ id: p.id, url: `https://${p.site}.example/${p.id}`, text: p.text }))
        .join('\n'),
    ),
  };
  const sites = [...new Set(Object.keys(truth).map((k) => k.split('/')[0] as string))];
  const rows = Object.entries(runs).map(([name, r]) => ({
    name,
    all: score(r.stdout, truth),
    sites: Object.fromEntries(sites.map((s) => [s, score(r.stdout, truth, s).f1])),
  }));
  console.log(`\nBoilerplate learned across pages: ${sites.length} sites × ${PAGES_PER_SITE} generated pages`);
  console.log(
    `${'run'.padEnd(42)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${sites.map((s) => s.slice(0, 10).padStart(10)).join(' ')}`,
  );
  for (const row of rows)
    console.log(
      `${row.name.padEnd(42)} ${pct(row.all.precision).padStart(6)} ${pct(row.all.recall).padStart(6)} ${pct(row.all.f1).padStart(6)}   ${sites.map((s) => pct(row.sites[s] ?? 0).padStart(10)).join(' ')}`,
    );
  return { pagesPerSite: PAGES_PER_SITE, sites, runs: rows };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;

function speed(tmp: string, pages: number) {
  const sites = 10;
  const big = join(tmp, `pages-${pages}`);
  const small = join(tmp, `pages-${pages / 10}`);
  writeBatch(big, { pagesPerSite: pages / sites, sites, seed: 3 });
  writeBatch(small, { pagesPerSite: pages / 10 / sites, sites, seed: 3 });
  const base = ['-q', '--exclude', 'truth.json'];
  const run = (dir: string, extra: string[]) => cli([dir, ...base, ...extra], undefined, 'ignore');
  const throughput = {
    'jobs 1, no learning': run(big, ['--jobs', '1', '--no-learn']),
    'jobs 2, no learning': run(big, ['--jobs', '2', '--no-learn']),
    'jobs 1, learning': run(big, ['--jobs', '1']),
    'jobs 2, learning': run(big, ['--jobs', '2']),
  };
  const memory = {
    [`${pages / 10} pages, jobs 2, no learning`]: run(small, ['--jobs', '2', '--no-learn']),
    [`${pages} pages, jobs 2, no learning`]: throughput['jobs 2, no learning'],
    [`${pages / 10} pages, jobs 2, learning`]: run(small, ['--jobs', '2']),
    [`${pages} pages, jobs 2, learning`]: throughput['jobs 2, learning'],
  };
  // Pool overhead: 10 small pages, the time of whole CLI runs (start-up included).
  const tiny = join(tmp, 'ten');
  mkdirSync(tiny);
  for (const p of generatePages({ pagesPerSite: 2, seed: 4 }))
    writeFileSync(join(tiny, `${p.id.replace('/', '-')}.txt`), p.text);
  // Alternating runs, so that the load of a shared machine weighs on both alike.
  const times: Record<string, number[]> = { 'jobs 1': [], 'jobs 2': [] };
  for (let i = 0; i < OVERHEAD_RUNS; i++)
    for (const jobs of ['1', '2']) times[`jobs ${jobs}`]?.push(run(tiny, ['--jobs', jobs, '--no-learn']).seconds);
  const overhead = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  console.log(`\nThroughput: ${pages} generated pages in ${sites} folders (whole CLI runs, NDJSON to /dev/null)`);
  for (const [name, r] of Object.entries(throughput))
    console.log(
      `  ${name.padEnd(22)} ${r.seconds.toFixed(2).padStart(7)} s  ${(pages / r.seconds).toFixed(0).padStart(6)} pages/s  CPU ${r.cpuSeconds?.toFixed(1) ?? '?'} s  peak ${r.peakMB?.toFixed(0) ?? '?'} MB`,
    );
  console.log('Peak memory (RSS, workers included):');
  for (const [name, r] of Object.entries(memory)) console.log(`  ${name.padEnd(34)} ${r.peakMB?.toFixed(0) ?? '?'} MB`);
  console.log(`Pool overhead, 10 small pages (median of ${OVERHEAD_RUNS} runs):`);
  for (const [name, s] of Object.entries(overhead)) console.log(`  ${name.padEnd(22)} ${(s * 1000).toFixed(0)} ms`);
  const fig = (r: Run) => ({
    seconds: r.seconds,
    pagesPerSecond: pages / r.seconds,
    cpuSeconds: r.cpuSeconds,
    peakMB: r.peakMB,
    exit: r.code,
  });
  return {
    pages,
    throughput: Object.fromEntries(Object.entries(throughput).map(([k, r]) => [k, fig(r)])),
    peakMB: Object.fromEntries(Object.entries(memory).map(([k, r]) => [k, r.peakMB])),
    overheadSeconds: overhead,
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'no-speed': { type: 'boolean', default: false },
      pages: { type: 'string', default: '10000' },
      json: { type: 'string', default: join(PROJECT_ROOT, 'bench/results/batch.json') },
    },
  });
  if (!existsSync(join(PROJECT_ROOT, 'dist/cli/bundle.cjs'))) throw new Error('build first: npm run build');
  const pages = Number(values.pages);
  if (!Number.isInteger(pages) || pages < 100 || pages % 100) throw new Error('--pages must be a multiple of 100');
  const tmp = mkdtempSync(join(tmpdir(), 'clean-article-bench-'));
  try {
    const results = {
      quality: quality(tmp),
      ...(values['no-speed'] ? {} : { speed: speed(tmp, pages) }),
    };
    mkdirSync(dirname(values.json), { recursive: true });
    writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nfigures written to ${values.json}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return 0;
}

runMain('bench:batch', main, USAGE);
