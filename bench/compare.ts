// The html table of `npm run bench`: clean-article's F1 and metadata rates on the pages, its speed,
// and with --peers the same figures of Readability.js side by side; and the metadata misses for --worst.
import type { MetaFigure } from './metadata.js';
import { fmt, type KindRun, table } from './run-quality.js';
import type { Throughput } from './speed.js';
import { cut } from './worst.js';

/** One column of the html table. */
export interface HtmlColumn {
  label: string;
  runs: readonly KindRun[];
  throughput?: Throughput | undefined;
  /** Peak memory in MB, when measured for this extractor. */
  peakRssMB?: number | undefined;
}

interface Row {
  name: string;
  docs: string;
  values: Array<number | undefined>;
  /** How to compare the first column with the second: a difference or a ratio. */
  compare: 'diff' | 'ratio' | 'none';
  digits: number;
}

const signed = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;

function rowsOf(columns: readonly HtmlColumn[]): Row[] {
  const [first] = columns;
  if (!first) return [];
  const rows: Row[] = [];
  const figureOf = (c: HtmlColumn, key: string) => c.runs.flatMap((r) => r.figures).find((f) => f.key === key);
  const metaOf = (c: HtmlColumn, dataset: string, field: string): MetaFigure | undefined =>
    c.runs.find((r) => r.dataset === dataset)?.metadata?.find((m) => m.field === field);
  for (const run of first.runs) {
    for (const f of run.figures) {
      const values = columns.map((c) => figureOf(c, f.key)?.f1);
      rows.push({ name: `${f.dataset} F1 (${f.metric})`, docs: String(f.docs), values, compare: 'diff', digits: 3 });
    }
  }
  for (const run of first.runs) {
    for (const m of run.metadata ?? []) {
      const values = columns.map((c) => metaOf(c, run.dataset, m.field)?.rate);
      rows.push({ name: `${run.dataset} ${m.field}`, docs: String(m.docs), values, compare: 'diff', digits: 3 });
    }
  }
  const t = first.throughput;
  if (t) {
    const docs = String(t.docs);
    const speed = (pick: (x: Throughput) => number) =>
      columns.map((c) => (c.throughput ? pick(c.throughput) : undefined));
    rows.push({
      name: `${t.dataset} pages/s`,
      docs,
      values: speed((x) => x.docsPerSecond),
      compare: 'ratio',
      digits: 1,
    });
    rows.push({ name: `${t.dataset} MB/s`, docs, values: speed((x) => x.mbPerSecond), compare: 'ratio', digits: 2 });
  }
  if (columns.some((c) => c.peakRssMB !== undefined)) {
    const values = columns.map((c) => c.peakRssMB);
    rows.push({ name: 'peak memory MB', docs: t ? String(t.docs) : '', values, compare: 'none', digits: 1 });
  }
  return rows;
}

/**
 * clean-article's html figures, and with a second column (a peer) its figures and the comparison:
 * the difference for F1 and metadata rates, the ratio (first / second) for speed.
 */
export function formatHtmlTable(columns: readonly HtmlColumn[]): string {
  const rows = rowsOf(columns);
  if (!rows.length) return '';
  const two = columns.length > 1;
  const header = ['figure', 'docs', ...columns.map((c) => c.label), ...(two ? ['diff / ratio'] : [])];
  const cells = rows.map((r) => {
    const vals = r.values.map((v) => fmt(v, r.digits));
    if (!two) return [r.name, r.docs, ...vals];
    const [a, b] = r.values;
    let cmp = '';
    if (a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b)) {
      if (r.compare === 'diff') cmp = signed(a - b);
      else if (r.compare === 'ratio' && b > 0) cmp = `${(a / b).toFixed(2)}×`;
    }
    return [r.name, r.docs, ...vals, cmp];
  });
  return table(header, cells, 1);
}

/** For --worst: the first `n` metadata misses per dataset and field (the JSON has them all). */
export function formatMetaMisses(runs: readonly KindRun[], n: number): string {
  const out: string[] = [];
  const show = (s: string | null) => (s === null ? '(none)' : `"${cut(s, 80)}"`);
  for (const run of runs) {
    for (const m of run.metadata ?? []) {
      if (!m.misses.length) continue;
      out.push(`\n${run.dataset}/${run.kind} — ${m.field}: ${m.misses.length} of ${m.docs} missed`);
      for (const x of m.misses.slice(0, n)) out.push(`  ${x.id}: got ${show(x.got)}, truth ${show(x.truth)}`);
      if (m.misses.length > n) out.push(`  … +${m.misses.length - n} more (see the JSON)`);
    }
  }
  return out.join('\n');
}
