// Diagnosis of one badly scored document: which blocks the library kept that are not article text,
// and which it dropped that are. Used by `npm run bench -- --worst N`.
import { normSpace, shingles, shinglesOfTokens, type TruthRecord, tokens } from './metrics.js';

/** The parts of a classified block the diagnosis reads (a subset of the library's ClassifiedBlock). */
export interface BlockLike {
  text: string;
  line: number;
  keep: boolean;
  rule: string;
}

export interface BlockNote {
  line: number;
  rule: string;
  /** Block text, cut to 100 characters. */
  text: string;
  /** Shingle datasets: share of the block's 4-shingles found in the truth (0..1). */
  inTruth?: number;
  /** Snippet datasets: the snippet (cut to 100 characters) the block contains or is part of. */
  snippet?: string;
}

export interface Diagnosis {
  wronglyKept: BlockNote[];
  wronglyDropped: BlockNote[];
}

export const cut = (s: string, n = 100): string => {
  const t = normSpace(s);
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

const SEP = '\u0001';

/**
 * Share of a block's shingles that occur in the truth. Blocks of 4 tokens or more: share of their
 * 4-shingles (with multiplicity) that are truth shingles. Shorter blocks (1–3 tokens) have no
 * 4-shingle: they count as 1 when the truth has a line with exactly their tokens (a subheading, a
 * one-word paragraph), else 0 — a menu item like "World" must not match inside a truth sentence.
 * Blocks without any token (punctuation only) return null: they cannot change the score.
 */
export function makeTruthShare(truthText: string): (blockText: string) => number | null {
  const truthShingles = shingles(truthText);
  const truthLines = new Set(truthText.split('\n').map((l) => tokens(l).join(SEP)));
  return (blockText) => {
    const t = tokens(blockText);
    if (!t.length) return null;
    if (t.length < 4) return truthLines.has(t.join(SEP)) ? 1 : 0;
    let found = 0;
    let total = 0;
    for (const [k, n] of shinglesOfTokens(t)) {
      total += n;
      if (truthShingles.has(k)) found += n;
    }
    return total ? found / total : null;
  };
}

/**
 * Shingle datasets. Wrongly kept: kept blocks fewer than half of whose 4-shingles occur in the truth.
 * Wrongly dropped: dropped blocks more than half of whose 4-shingles occur in the truth.
 */
export function diagnoseShingle(truthText: string, blocks: readonly BlockLike[]): Diagnosis {
  const share = makeTruthShare(truthText);
  const out: Diagnosis = { wronglyKept: [], wronglyDropped: [] };
  for (const b of blocks) {
    const s = share(b.text);
    if (s === null) continue;
    const note = { line: b.line, rule: b.rule, text: cut(b.text), inTruth: Math.round(s * 100) / 100 };
    if (b.keep && s < 0.5) out.wronglyKept.push(note);
    else if (!b.keep && s > 0.5) out.wronglyDropped.push(note);
  }
  return out;
}

/**
 * The first snippet a block contains, or (for blocks of 4 tokens or more, so that a stray "Home"
 * does not match) is part of — snippets can span several lines of a dump.
 */
function matchSnippet(blockText: string, snippets: readonly string[]): string | null {
  const b = normSpace(blockText);
  if (!b) return null;
  const long = tokens(b).length >= 4;
  for (const raw of snippets) {
    const s = normSpace(raw);
    if (!s) continue;
    if (b.includes(s) || (long && s.includes(b))) return raw;
  }
  return null;
}

/**
 * Snippet datasets. Wrongly kept: kept blocks containing a `without` snippet. Wrongly dropped:
 * dropped blocks containing a `with` snippet. (Also when the block is a piece of a multi-line snippet.)
 */
export function diagnoseSnippet(truth: TruthRecord, blocks: readonly BlockLike[]): Diagnosis {
  const withS = Array.isArray(truth.with) ? truth.with : [];
  const withoutS = Array.isArray(truth.without) ? truth.without : [];
  const out: Diagnosis = { wronglyKept: [], wronglyDropped: [] };
  for (const b of blocks) {
    const s = matchSnippet(b.text, b.keep ? withoutS : withS);
    if (s === null) continue;
    const note = { line: b.line, rule: b.rule, text: cut(b.text), snippet: cut(s) };
    (b.keep ? out.wronglyKept : out.wronglyDropped).push(note);
  }
  return out;
}
