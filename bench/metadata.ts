// Metadata scores of the html kind: how often the extracted title, byline and publication date match
// the corpus truth (readability: title/byline/publishedTime; trafilatura: title/byline(author)/date).
// Each rate is over the documents whose truth has that field; a missing prediction is a miss.
//
// Match definitions (one number each, documented in the README):
// - title: equal after whitespace normalisation (collapse runs, trim). Case and punctuation count.
// - date: same calendar day. The day of a value is its first YYYY-MM-DD as written (so a local
//   time "2015-07-10T23:30-04:00" is the 10th); a value without one (e.g. "Fri, 10 Jul 2015") is
//   parsed with Date.parse and taken in UTC.
// - byline: compared as lowercased word tokens (the metrics' token regex, after NFKC). It matches
//   when the truth's tokens occur as one contiguous run in the prediction (the prediction may add
//   "By", a role or a date around the name), or when the prediction has at least two tokens and
//   they occur as one contiguous run in the truth (the truth may add "Von …" or a second author).
//   A single-token prediction must equal the truth.
import { normSpace, type TruthRecord, tokens } from './metrics.js';

export const META_FIELDS = ['title', 'byline', 'date'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** What an extractor found, per field; null or empty when it found nothing. */
export type MetaPrediction = Partial<Record<MetaField, string | null>>;

/** The truth value of a field, or null when the truth has none. */
export function truthValue(rec: TruthRecord, field: MetaField): string | null {
  const v = rec[field === 'date' ? 'publishedTime' : field];
  return typeof v === 'string' && v.trim() ? v : null;
}

export function titleMatches(truth: string, pred: string | null | undefined): boolean {
  return !!pred && normSpace(truth) === normSpace(pred);
}

/** The calendar day (YYYY-MM-DD) a date value names, or null. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
}

export function dateMatches(truth: string, pred: string | null | undefined): boolean {
  const d = dayOf(truth);
  return d !== null && d === dayOf(pred);
}

const nameTokens = (s: string): string[] => tokens(s.normalize('NFKC').toLowerCase());

/** Whether `needle` occurs as one contiguous run in `hay`. */
function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (!needle.length || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function bylineMatches(truth: string, pred: string | null | undefined): boolean {
  if (!pred) return false;
  const t = nameTokens(truth);
  const p = nameTokens(pred);
  if (!t.length || !p.length) return false;
  return containsRun(p, t) || (p.length >= 2 && containsRun(t, p));
}

const MATCHERS: Record<MetaField, (truth: string, pred: string | null | undefined) => boolean> = {
  title: titleMatches,
  byline: bylineMatches,
  date: dateMatches,
};

export interface MetaMiss {
  id: string;
  truth: string;
  got: string | null;
}

export interface MetaFigure {
  field: MetaField;
  /** Documents whose truth has this field. */
  docs: number;
  matched: number;
  /** matched / docs. */
  rate: number;
  /** The documents that did not match, in truth order. */
  misses: MetaMiss[];
}

/**
 * Match rate per field over the truth records that have it; fields no record has are left out.
 * A document absent from `preds` counts as having predicted nothing.
 */
export function scoreMetadata(truth: Record<string, TruthRecord>, preds: Map<string, MetaPrediction>): MetaFigure[] {
  const out: MetaFigure[] = [];
  for (const field of META_FIELDS) {
    let docs = 0;
    let matched = 0;
    const misses: MetaMiss[] = [];
    for (const [id, rec] of Object.entries(truth)) {
      const t = truthValue(rec, field);
      if (t === null) continue;
      docs++;
      const got = preds.get(id)?.[field] ?? null;
      if (MATCHERS[field](t, got)) matched++;
      else misses.push({ id, truth: t, got });
    }
    if (docs) out.push({ field, docs, matched, rate: matched / docs, misses });
  }
  return out;
}
