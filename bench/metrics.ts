// The two quality metrics of the corpus, re-implemented exactly as /work/shared/eval/score.mjs
// computes them (same token regex, same special cases, same summation order), so that the
// bench's figures equal the reference scorer's. tests/metrics.test.ts checks the equality.
//
// - shingle (documents with `articleBody`): 4-token shingles counted with multiplicity; per
//   document tp/fp/fn are normalised by their sum; precision and recall are averaged over the
//   documents where they are defined; F1 comes from the two means.
// - snippet (documents with `with`/`without` lists): a `with` snippet found in the output is a true
//   positive, a `without` snippet found is a false positive; counts are summed over the corpus;
//   matching is a substring test after whitespace normalisation.

/** One entry of a corpus truth.json. Only the fields the metrics read are typed. */
export interface TruthRecord {
  file?: string;
  articleBody?: string;
  with?: string[];
  without?: string[];
  [field: string]: unknown;
}

export type Truth = Record<string, TruthRecord>;

/** Predicted article text per document id. A missing id scores as empty output. */
export type Predictions = Record<string, string | undefined> | Map<string, string>;

const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

/** Word tokens: runs of letters, digits, marks and underscores (Unicode-aware). */
export function tokens(s: string | null | undefined): string[] {
  return (s || '').match(TOKEN) ?? [];
}

const SEP = '\u0001';

/**
 * n-token shingles with their counts. Like score.mjs, a text with fewer than n tokens (but at
 * least one) yields a single shorter shingle, and a text without tokens yields none.
 */
export function shingles(text: string | null | undefined, n = 4): Map<string, number> {
  return shinglesOfTokens(tokens(text), n);
}

export function shinglesOfTokens(t: readonly string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const sh = t.slice(i, i + n);
    if (!sh.length) continue;
    const k = sh.join(SEP);
    out.set(k, (out.get(k) || 0) + 1);
  }
  return out;
}

/** Normalised [tp, fp, fn] of one document (each divided by tp+fp+fn; all 0 when both are empty). */
export function shingleCounts(trueText: string, predText: string): [number, number, number] {
  const a = shingles(trueText);
  const b = shingles(predText);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(k) || 0;
    const p = b.get(k) || 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

/** Precision with score.mjs's special cases: 1 when nothing is wrong, 0 when nothing was predicted. */
export function shinglePrecision(tp: number, fp: number, fn: number): number {
  return fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

/** Recall with score.mjs's special cases: 1 when nothing is wrong, 0 when the truth is empty. */
export function shingleRecall(tp: number, fp: number, fn: number): number {
  return fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : Number.NaN);

/** Whitespace normalisation used by the snippet metric. */
export const normSpace = (s: string | null | undefined): string => (s || '').replace(/\s+/g, ' ').trim();

function predicted(pred: Predictions, id: string): string {
  const v = pred instanceof Map ? pred.get(id) : pred[id];
  return typeof v === 'string' ? v : '';
}

export interface ShingleDocScore {
  id: string;
  /** Normalised shingle counts (sum to 1 unless both texts are empty). */
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Per-document F1 from this document's precision and recall (0 when both are 0). */
  f1: number;
  /** Whether the document entered the precision mean (tp+fp > 0) and the recall mean (tp+fn > 0). */
  inPrecision: boolean;
  inRecall: boolean;
  /** Same token sequence as the truth. */
  exact: boolean;
}

export interface ShingleResult {
  metric: 'shingle';
  docs: number;
  f1: number;
  precision: number;
  recall: number;
  /** Share of documents whose output has exactly the truth's token sequence. */
  exact: number;
  perDoc: ShingleDocScore[];
}

const f1Of = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Shingle metric over every truth record that has an `articleBody`; null when there is none. */
export function scoreShingle(truth: Truth, pred: Predictions): ShingleResult | null {
  const shP: number[] = [];
  const shR: number[] = [];
  const perDoc: ShingleDocScore[] = [];
  let exact = 0;
  for (const [id, t] of Object.entries(truth)) {
    if (typeof t.articleBody !== 'string') continue;
    const out = predicted(pred, id);
    const [a, b, c] = shingleCounts(t.articleBody, out);
    const precision = shinglePrecision(a, b, c);
    const recall = shingleRecall(a, b, c);
    const inPrecision = a + b > 0;
    const inRecall = a + c > 0;
    if (inPrecision) shP.push(precision);
    if (inRecall) shR.push(recall);
    const isExact = tokens(t.articleBody).join(' ') === tokens(out).join(' ');
    if (isExact) exact++;
    perDoc.push({
      id,
      tp: a,
      fp: b,
      fn: c,
      precision,
      recall,
      f1: f1Of(precision, recall),
      inPrecision,
      inRecall,
      exact: isExact,
    });
  }
  if (!perDoc.length) return null;
  const p = mean(shP);
  const r = mean(shR);
  return {
    metric: 'shingle',
    docs: perDoc.length,
    f1: (2 * p * r) / (p + r),
    precision: p,
    recall: r,
    exact: exact / perDoc.length,
    perDoc,
  };
}

export interface SnippetDocScore {
  id: string;
  /** `with` snippets found in the output, of `withTotal`. */
  found: number;
  withTotal: number;
  /** `without` snippets found in the output, of `withoutTotal`. */
  leaked: number;
  withoutTotal: number;
  /** Per-document F1 = 2tp / (2tp + fp + fn), 1 when the document has no snippets at all. */
  f1: number;
  /** Indexes of the `with` snippets missed and the `without` snippets leaked. */
  missedWith: number[];
  leakedWithout: number[];
}

export interface SnippetResult {
  metric: 'snippet';
  docs: number;
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  /** Corpus-wide snippet counts. */
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  perDoc: SnippetDocScore[];
}

/** Snippet metric over every truth record that has both `with` and `without` arrays; null when there is none. */
export function scoreSnippet(truth: Truth, pred: Predictions): SnippetResult | null {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const perDoc: SnippetDocScore[] = [];
  for (const [id, t] of Object.entries(truth)) {
    if (!Array.isArray(t.with) || !Array.isArray(t.without)) continue;
    const o = normSpace(predicted(pred, id));
    const missedWith: number[] = [];
    const leakedWithout: number[] = [];
    let a = 0;
    let b = 0;
    t.with.forEach((w, i) => {
      if (o.includes(normSpace(w))) a++;
      else missedWith.push(i);
    });
    t.without.forEach((w, i) => {
      if (o.includes(normSpace(w))) {
        b++;
        leakedWithout.push(i);
      }
    });
    const missed = t.with.length - a;
    tp += a;
    fp += b;
    fn += missed;
    tn += t.without.length - b;
    const denom = 2 * a + b + missed;
    perDoc.push({
      id,
      found: a,
      withTotal: t.with.length,
      leaked: b,
      withoutTotal: t.without.length,
      f1: denom > 0 ? (2 * a) / denom : 1,
      missedWith,
      leakedWithout,
    });
  }
  if (!perDoc.length) return null;
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return {
    metric: 'snippet',
    docs: perDoc.length,
    f1: (2 * p * r) / (p + r),
    precision: p,
    recall: r,
    accuracy: (tp + tn) / (tp + fp + fn + tn),
    tp,
    fp,
    fn,
    tn,
    perDoc,
  };
}

export type MetricResult = ShingleResult | SnippetResult;

/** Both metrics, as score.mjs reports them: each present only when some truth record supports it. */
export function scoreAll(truth: Truth, pred: Predictions): { shingle?: ShingleResult; snippet?: SnippetResult } {
  const out: { shingle?: ShingleResult; snippet?: SnippetResult } = {};
  const sh = scoreShingle(truth, pred);
  if (sh) out.shingle = sh;
  const sn = scoreSnippet(truth, pred);
  if (sn) out.snippet = sn;
  return out;
}

/** Which metrics a truth file supports, in table order. */
export function metricsOf(truth: Truth): Array<'shingle' | 'snippet'> {
  const recs = Object.values(truth);
  const out: Array<'shingle' | 'snippet'> = [];
  if (recs.some((t) => typeof t.articleBody === 'string')) out.push('shingle');
  if (recs.some((t) => Array.isArray(t.with) && Array.isArray(t.without))) out.push('snippet');
  return out;
}
