// Quality gate: runs the quality part of the bench (no speed) and compares each figure with its
// floor in bench/floors.json: F1 under "dataset/kind" (or "dataset/kind/metric"), and for the html
// kind the metadata match rates under "dataset/html/title", ".../byline", ".../date". A figure
// without a floor is shown but not gated. Exits 1 when a figure is below its floor (or a floored
// figure could not be measured); exits 0 with a note when the corpus is absent.
//
//   npm run gate -- [--corpus DIR] [--dataset NAME]... [--kinds LIST] [--floors FILE]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusExists, DEFAULT_CORPUS, DUMP_KINDS, isKind, type Kind, PROJECT_ROOT } from './corpus.js';
import { fmt, formatErrors, parseKinds, runMain, runQuality, splitList, table, UsageError } from './run-quality.js';

type Floors = Record<string, number>;

function readFloors(path: string): Floors {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read floors ${path}: ${(err as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new UsageError(`${path}: expected {"dataset/kind": number}`);
  const floors: Floors = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new UsageError(`${path}: floor of "${k}" is not a number`);
    floors[k] = v;
  }
  return floors;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      corpus: { type: 'string' },
      dataset: { type: 'string', multiple: true },
      kinds: { type: 'string', multiple: true },
      floors: { type: 'string' },
    },
    strict: true,
  });
  const corpusDir = values.corpus ? resolve(values.corpus) : DEFAULT_CORPUS;
  if (!corpusExists(corpusDir)) {
    console.log(`gate skipped: corpus not found at ${corpusDir}`);
    return 0;
  }
  const floorsPath = values.floors ? resolve(values.floors) : join(PROJECT_ROOT, 'bench/floors.json');
  const floors = readFloors(floorsPath);
  const datasets = splitList(values.dataset);
  const askedKinds = parseKinds(values.kinds);
  // By default: the dump kinds, plus any kind that has a floor (e.g. "scrapinghub/html").
  const flooredKinds = Object.keys(floors)
    .map((k) => k.split('/')[1] ?? '')
    .filter(isKind);
  const kinds: Kind[] = askedKinds.length ? askedKinds : [...new Set<Kind>([...DUMP_KINDS, ...flooredKinds])];
  const report = await runQuality({ corpusDir, datasets, kinds });

  const rows: string[][] = [];
  let failed = 0;
  const measured = new Set<string>();
  for (const run of report.runs) {
    const values = [
      ...run.figures.map((f) => ({ key: f.key, metric: f.metric, value: f.f1 })),
      ...(run.metadata ?? []).map((m) => ({
        key: `${run.dataset}/${run.kind}/${m.field}`,
        metric: m.field,
        value: m.rate,
      })),
    ];
    for (const f of values) {
      measured.add(f.key);
      const floor = floors[f.key];
      // An undefined F1 (NaN: e.g. no output at all) counts as 0.
      const value = Number.isFinite(f.value) ? f.value : 0;
      let verdict = 'no floor';
      if (floor !== undefined) {
        verdict = value >= floor ? 'PASS' : 'FAIL';
        if (verdict === 'FAIL') failed++;
      }
      rows.push([
        f.key,
        f.metric,
        fmt(f.value),
        floor === undefined ? '-' : fmt(floor),
        verdict,
        String(run.errors.length),
      ]);
    }
  }
  // A floored figure that was not measured fails, unless --dataset/--kinds left it out on purpose.
  for (const [key, floor] of Object.entries(floors)) {
    if (measured.has(key)) continue;
    const [ds, kind] = key.split('/');
    const filtered = (datasets.length > 0 && !datasets.includes(ds ?? '')) || !kinds.some((k) => k === kind);
    if (filtered) continue;
    failed++;
    rows.push([key, '-', 'missing', fmt(floor), 'FAIL', '-']);
  }
  console.log(table(['figure', 'metric', 'value', 'floor', 'result', 'threw'], rows, 2));
  const errs = formatErrors(report);
  if (errs) console.log(`\n${errs}`);
  console.log(failed ? `\ngate FAILED: ${failed} figure(s) below their floor (${floorsPath})` : '\ngate passed');
  return failed ? 1 : 0;
}

runMain('gate', main);
