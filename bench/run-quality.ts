// The quality run shared by bench.ts and gate.ts: clean every document of every dataset × kind
// in-process, score the outputs with the corpus metrics, and (optionally) diagnose the worst ones.
import { performance } from 'node:perf_hooks';
import {
  type CorpusDoc,
  CorpusError,
  type Dataset,
  isKind,
  KINDS,
  type Kind,
  listDatasets,
  loadDataset,
  readInput,
} from './corpus.js';
import { type MetaFigure, type MetaPrediction, scoreMetadata } from './metadata.js';
import { type MetricResult, metricsOf, normSpace, scoreAll, shingleCounts, shingleRecall } from './metrics.js';
import { type BlockLike, cut, type Diagnosis, diagnoseShingle, diagnoseSnippet } from './worst.js';

export type CleanDetailed = typeof import('../src/index.js')['cleanDetailed'];

export interface Library {
  cleanDetailed: CleanDetailed | null;
  /** Why the library could not be imported, if it could not. */
  loadError?: string;
}

const message = (err: unknown): string => (err instanceof Error ? err.message.split('\n')[0] || err.name : String(err));

/**
 * Imports the library under construction; a failing import is reported, not thrown. `dist`: the
 * built library, as the CLI and users run it (bench.ts times that one); `src`: the TypeScript
 * sources through tsx's loader, whose transform wraps every function in a name-keeping helper.
 */
export async function loadLibrary(from: 'src' | 'dist' = 'src'): Promise<Library> {
  try {
    // dist/ by URL: it exists only once built, and has the sources' types.
    const mod: typeof import('../src/index.js') =
      from === 'dist'
        ? await import(new URL('../dist/index.js', import.meta.url).href)
        : await import('../src/index.js');
    if (typeof mod.cleanDetailed !== 'function')
      return { cleanDetailed: null, loadError: `${from}/index exports no cleanDetailed function` };
    return { cleanDetailed: mod.cleanDetailed };
  } catch (err) {
    return { cleanDetailed: null, loadError: message(err) };
  }
}

export interface DocOutcome {
  text: string;
  /** The classified blocks, for --worst; null when the extractor has none. */
  blocks: BlockLike[] | null;
  meta: MetaPrediction;
  error?: string;
  /** Time spent in the extractor alone. */
  ms: number;
}

/** Something the bench can score: clean-article, or a peer such as Readability.js (bench/peers.ts). */
export interface Extractor {
  name: string;
  /** Why it could not be loaded; every document then scores as empty output. */
  loadError?: string;
  run(input: Uint8Array, path: string, kind: Kind): DocOutcome;
}

type CleanOptions = NonNullable<Parameters<CleanDetailed>[1]>;

/** The options the bench passes with every document. */
export function optionsFor(path: string, kind: Kind): CleanOptions {
  // Gzipped pages are handed over decompressed, so show the name without .gz.
  const opts: CleanOptions = { path: path.replace(/\.gz$/, '') };
  // Pages are declared as such; dumps are left to the library's sniffing, as a user's would be.
  if (kind === 'html') opts.type = 'html';
  return opts;
}

/** Runs the library on one input; a throw (or a malformed result) counts as empty output. */
export function runOne(lib: Library, input: Uint8Array, path: string, kind: Kind): DocOutcome {
  if (!lib.cleanDetailed)
    return { text: '', blocks: null, meta: {}, error: `library failed to load: ${lib.loadError}`, ms: 0 };
  const t0 = performance.now();
  try {
    const r = lib.cleanDetailed(input, optionsFor(path, kind));
    const ms = performance.now() - t0;
    const a = r?.article;
    if (typeof a?.text !== 'string')
      return { text: '', blocks: null, meta: {}, error: 'result has no article.text string', ms };
    const meta = { title: a.title, byline: a.byline, date: a.published };
    return { text: a.text, blocks: Array.isArray(r.blocks) ? r.blocks : null, meta, ms };
  } catch (err) {
    return { text: '', blocks: null, meta: {}, error: message(err), ms: performance.now() - t0 };
  }
}

export function libraryExtractor(lib: Library): Extractor {
  const ex: Extractor = { name: 'clean-article', run: (input, path, kind) => runOne(lib, input, path, kind) };
  if (lib.loadError) ex.loadError = `library failed to load: ${lib.loadError}`;
  return ex;
}

export interface DocError {
  id: string;
  message: string;
}

export interface Figure {
  /** Key in floors.json: "dataset/kind", or "dataset/kind/metric" for a dataset scored both ways. */
  key: string;
  dataset: string;
  kind: Kind;
  metric: 'shingle' | 'snippet';
  docs: number;
  f1: number;
  precision: number;
  recall: number;
  /** shingle: share of exact outputs; snippet: accuracy over with+without snippets. */
  exact?: number;
  accuracy?: number;
}

export interface WorstDoc extends Diagnosis {
  id: string;
  input: string;
  metric: 'shingle' | 'snippet';
  f1: number;
  precision?: number;
  recall?: number;
  /** Snippet datasets: "found/total" of `with` and "leaked/total" of `without`. */
  found?: string;
  leaked?: string;
  /** Shingle datasets: recall of the whole input, i.e. the best recall any selection of its lines can reach. */
  inputRecall?: number;
  /** Snippet datasets: `with` snippets that are not in the input at all (no selection can find them). */
  withNotInInput?: number;
  error?: string;
}

export interface KindRun {
  dataset: string;
  kind: Kind;
  docs: number;
  bytes: number;
  /** Wall time of the whole dataset × kind (reading, cleaning, scoring) and of the clean calls alone. */
  seconds: number;
  cleanSeconds: number;
  errors: DocError[];
  /** Documents without an input file of this kind (scored as empty output). */
  missing: string[];
  figures: Figure[];
  /** html kind only: title/byline/date match rates, for the fields the dataset's truth has. */
  metadata?: MetaFigure[];
  worst: WorstDoc[];
}

export interface QualityReport {
  corpus: string;
  datasets: string[];
  kinds: Kind[];
  libraryError?: string;
  runs: KindRun[];
  /** dataset × kind pairs asked for but absent from the corpus. */
  skipped: string[];
}

export interface QualityOptions {
  corpusDir: string;
  /** Dataset names; all datasets of the corpus when empty. */
  datasets?: string[];
  /** Kinds; when empty, every kind each dataset has. A kind asked for that a dataset lacks is skipped and reported. */
  kinds?: Kind[];
  /** Diagnose this many worst documents per dataset × kind × metric. */
  worst?: number;
  /** Progress lines (to stderr by default). */
  log?: (line: string) => void;
  library?: Library;
}

function figureKey(dataset: string, kind: Kind, metric: string, nMetrics: number): string {
  return nMetrics > 1 ? `${dataset}/${kind}/${metric}` : `${dataset}/${kind}`;
}

function figureOf(dataset: string, kind: Kind, r: MetricResult, nMetrics: number): Figure {
  const f: Figure = {
    key: figureKey(dataset, kind, r.metric, nMetrics),
    dataset,
    kind,
    metric: r.metric,
    docs: r.docs,
    f1: r.f1,
    precision: r.precision,
    recall: r.recall,
  };
  if (r.metric === 'shingle') f.exact = r.exact;
  else f.accuracy = r.accuracy;
  return f;
}

function pickWorst(r: MetricResult, n: number): WorstDoc[] {
  const rows =
    r.metric === 'shingle'
      ? r.perDoc.map((d) => ({
          id: d.id,
          f1: d.f1,
          errors: 0,
          entry: { metric: 'shingle' as const, precision: d.precision, recall: d.recall },
        }))
      : r.perDoc.map((d) => ({
          id: d.id,
          f1: d.f1,
          errors: d.withTotal - d.found + d.leaked,
          entry: {
            metric: 'snippet' as const,
            found: `${d.found}/${d.withTotal}`,
            leaked: `${d.leaked}/${d.withoutTotal}`,
          },
        }));
  rows.sort((a, b) => a.f1 - b.f1 || b.errors - a.errors || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return rows
    .slice(0, n)
    .map((x) => ({ id: x.id, input: '', f1: x.f1, wronglyKept: [], wronglyDropped: [], ...x.entry }));
}

function diagnose(ex: Extractor, doc: CorpusDoc, kind: Kind, w: WorstDoc): WorstDoc {
  const path = doc.inputs[kind];
  if (!path) return { ...w, error: `no ${kind} input` };
  w.input = path;
  const bytes = readInput(path);
  // The ceiling "what the whole input would score" means something for a text dump only, not for markup.
  if (kind !== 'html') {
    const inputText = new TextDecoder().decode(bytes);
    if (w.metric === 'shingle') {
      const [tp, fp, fn] = shingleCounts(doc.truth.articleBody ?? '', inputText);
      w.inputRecall = shingleRecall(tp, fp, fn);
    } else {
      const o = normSpace(inputText);
      w.withNotInInput = (doc.truth.with ?? []).filter((x) => !o.includes(normSpace(x))).length;
    }
  }
  const out = ex.run(bytes, path, kind);
  if (out.error) return { ...w, error: out.error };
  if (!out.blocks) return { ...w, error: 'result has no blocks array' };
  const d =
    w.metric === 'shingle'
      ? diagnoseShingle(doc.truth.articleBody ?? '', out.blocks)
      : diagnoseSnippet(doc.truth, out.blocks);
  return { ...w, ...d };
}

export function runKind(ex: Extractor, ds: Dataset, kind: Kind, worst = 0): KindRun {
  const t0 = performance.now();
  const preds = new Map<string, string>();
  const metas = new Map<string, MetaPrediction>();
  const errors: DocError[] = [];
  const missing: string[] = [];
  let bytes = 0;
  let cleanMs = 0;
  for (const doc of ds.docs) {
    const path = doc.inputs[kind];
    if (!path) {
      missing.push(doc.id);
      continue;
    }
    const input = readInput(path);
    bytes += input.byteLength;
    const out = ex.run(input, path, kind);
    cleanMs += out.ms;
    if (out.error) errors.push({ id: doc.id, message: out.error });
    preds.set(doc.id, out.text);
    metas.set(doc.id, out.meta);
  }
  const scored = scoreAll(ds.truth, preds);
  const results = [scored.shingle, scored.snippet].filter((r): r is MetricResult => r !== undefined);
  const nMetrics = metricsOf(ds.truth).length;
  const figures = results.map((r) => figureOf(ds.name, kind, r, nMetrics));
  const worstDocs: WorstDoc[] = [];
  if (worst > 0) {
    const byId = new Map(ds.docs.map((d) => [d.id, d]));
    for (const r of results) {
      for (const w of pickWorst(r, worst)) {
        const doc = byId.get(w.id);
        if (doc) worstDocs.push(diagnose(ex, doc, kind, w));
      }
    }
  }
  const run: KindRun = {
    dataset: ds.name,
    kind,
    docs: ds.docs.length,
    bytes,
    seconds: (performance.now() - t0) / 1000,
    cleanSeconds: cleanMs / 1000,
    errors,
    missing,
    figures,
    worst: worstDocs,
  };
  // Metadata is scored on pages only: the dumps carry no <title> or meta tags to read it from.
  if (kind === 'html') run.metadata = scoreMetadata(ds.truth, metas);
  return run;
}

/** Runs an extractor (a peer) over one kind of every named dataset that has it. */
export function runExtractor(
  ex: Extractor,
  corpusDir: string,
  datasets: readonly string[],
  kind: Kind,
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): KindRun[] {
  const runs: KindRun[] = [];
  for (const name of datasets) {
    const ds = loadDataset(corpusDir, name);
    if (!ds.kinds.includes(kind)) continue;
    const run = runKind(ex, ds, kind);
    runs.push(run);
    const threw = run.errors.length ? `, ${run.errors.length} threw` : '';
    log(`${ex.name}: ${name}/${kind}: ${run.docs} docs in ${run.seconds.toFixed(2)} s${threw}`);
  }
  return runs;
}

export async function runQuality(opts: QualityOptions): Promise<QualityReport> {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const names = opts.datasets?.length ? opts.datasets : listDatasets(opts.corpusDir);
  const asked = !!opts.kinds?.length;
  const kinds = asked ? (opts.kinds ?? []) : [...KINDS];
  const lib = opts.library ?? (await loadLibrary());
  if (lib.loadError) log(`library failed to load: ${lib.loadError} (every document scores as empty output)`);
  const ex = libraryExtractor(lib);
  const report: QualityReport = { corpus: opts.corpusDir, datasets: names, kinds, runs: [], skipped: [] };
  if (lib.loadError) report.libraryError = lib.loadError;
  for (const name of names) {
    const ds = loadDataset(opts.corpusDir, name);
    for (const kind of kinds) {
      if (!ds.kinds.includes(kind)) {
        // By default every kind a dataset has runs; only a kind asked for by name is reported missing.
        if (asked) {
          report.skipped.push(`${name}/${kind}`);
          log(`${name}/${kind}: skipped, no ${kind}/ folder`);
        }
        continue;
      }
      const run = runKind(ex, ds, kind, opts.worst ?? 0);
      report.runs.push(run);
      const threw = run.errors.length ? `, ${run.errors.length} threw` : '';
      log(`${name}/${kind}: ${run.docs} docs in ${run.seconds.toFixed(2)} s${threw}`);
    }
  }
  return report;
}

// ---------------------------------------------------------------- command-line helpers

/** Splits repeated and comma-separated list options: ["a,b", "c"] → ["a", "b", "c"]. */
export function splitList(values: readonly string[] | string | undefined): string[] {
  const arr = values === undefined ? [] : typeof values === 'string' ? [values] : values;
  return arr
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

export function parseKinds(values: readonly string[] | string | undefined): Kind[] {
  const list = splitList(values);
  const bad = list.filter((k) => !isKind(k));
  if (bad.length) throw new UsageError(`unknown kind ${bad.join(', ')} (kinds: ${KINDS.join(', ')})`);
  return [...new Set(list)] as Kind[];
}

export class UsageError extends Error {
  override name = 'UsageError';
}

// ---------------------------------------------------------------- formatting

export const fmt = (x: number | undefined, digits = 3): string =>
  x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits);

/** Left-aligns text columns and right-aligns the rest. */
export function table(header: string[], rows: string[][], rightFrom: number): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= rightFrom ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatQualityTable(report: QualityReport): string {
  const rows: string[][] = [];
  for (const run of report.runs) {
    for (const f of run.figures) {
      rows.push([
        f.dataset,
        f.kind,
        f.metric,
        String(f.docs),
        fmt(f.f1),
        fmt(f.precision),
        fmt(f.recall),
        String(run.errors.length),
        run.seconds.toFixed(1),
      ]);
    }
  }
  return table(['dataset', 'kind', 'metric', 'docs', 'F1', 'precision', 'recall', 'threw', 'sec'], rows, 3);
}

/** Documents that threw, grouped by message, a few ids each; the JSON has them all. */
export function formatErrors(report: QualityReport, idsPerMessage = 8): string {
  const out: string[] = [];
  if (report.libraryError)
    out.push(`LIBRARY FAILED TO LOAD: ${report.libraryError} — every document scored as empty output`);
  for (const run of report.runs) {
    if (run.missing.length)
      out.push(
        `${run.dataset}/${run.kind}: ${run.missing.length} without input file (scored empty): ${run.missing.slice(0, idsPerMessage).join(', ')}`,
      );
    if (!run.errors.length || report.libraryError) continue;
    const groups = new Map<string, string[]>();
    for (const e of run.errors) groups.set(e.message, [...(groups.get(e.message) ?? []), e.id]);
    out.push(
      `${run.dataset}/${run.kind}: ${run.errors.length} of ${run.docs} documents threw (scored as empty output):`,
    );
    for (const [msg, ids] of groups) {
      const more = ids.length > idsPerMessage ? ` … +${ids.length - idsPerMessage} more` : '';
      out.push(`  ${ids.length}× ${cut(msg, 160)}`);
      out.push(`     ${ids.slice(0, idsPerMessage).join(', ')}${more}`);
    }
  }
  return out.join('\n');
}

export function formatWorst(report: QualityReport, linesPerList = 12): string {
  const out: string[] = [];
  const list = (title: string, notes: WorstDoc['wronglyKept']) => {
    out.push(`    ${title}: ${notes.length}`);
    for (const n of notes.slice(0, linesPerList)) {
      const why =
        n.inTruth !== undefined ? `${Math.round(n.inTruth * 100)}% in truth` : `snippet "${cut(n.snippet ?? '', 40)}"`;
      out.push(`      L${n.line} [${n.rule}] (${why}) ${n.text}`);
    }
    if (notes.length > linesPerList) out.push(`      … +${notes.length - linesPerList} more (see the JSON)`);
  };
  for (const run of report.runs) {
    if (!run.worst.length) continue;
    out.push(`\n${run.dataset}/${run.kind} — worst ${run.worst.length}`);
    for (const w of run.worst) {
      const score =
        w.metric === 'shingle'
          ? `F1 ${fmt(w.f1)} (P ${fmt(w.precision)} R ${fmt(w.recall)}` +
            (w.inputRecall === undefined ? ')' : `; whole input would have R ${fmt(w.inputRecall)})`)
          : `found ${w.found}, leaked ${w.leaked}` +
            (w.withNotInInput ? ` (${w.withNotInInput} 'with' snippet(s) are not in the input at all)` : '');
      out.push(`  ${w.id}: ${score}`);
      if (w.input) out.push(`    input: ${w.input}`);
      if (w.error) {
        out.push(`    threw: ${cut(w.error, 160)}`);
        continue;
      }
      list('wrongly kept', w.wronglyKept);
      list('wrongly dropped', w.wronglyDropped);
    }
  }
  return out.join('\n');
}

/**
 * Runs a bench script's main: its exit code, or 2 with one line for a usage or corpus error
 * (and the usage text when given), or 1 with the error for anything else.
 */
export function runMain(name: string, main: () => Promise<number>, usage?: string): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const isCorpus = err instanceof CorpusError;
      if (isCorpus || err instanceof UsageError || (err as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')) {
        console.error(`${name}: ${(err as Error).message}`);
        if (usage && !isCorpus) console.error(usage);
        process.exitCode = 2;
      } else {
        console.error(err);
        process.exitCode = 1;
      }
    },
  );
}
