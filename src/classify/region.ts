import { type Context, drop, undecided } from './context.js';
import type { Quality } from './quality.js';

// Boilerpipe: an end marker ends the article only once this much prose has been seen. 60 words
// (boilerpipe's figure) let a "Related news" block above the article end it before it starts;
// 200 was measured best on the development corpus (bench/, +3 to +7 F1 points, trafilatura flat).
const MIN_PROSE_BEFORE_END = 200;
// Region weights, measured on the development corpus: short lines are a strong boundary (menus,
// share bars, teaser headlines come in runs of them), near-good prose counts for a quarter.
const SHORT_SCORE = -6;
const DECIDED_SCORE = -3;
const NEAR_WEIGHT = 0.25;
const BAD_WEIGHT = 0.5;

/** How much a block argues for (positive) or against (negative) being inside the article. */
function score(ctx: Context, i: number, q: Quality): number {
  const f = ctx.feats[i];
  if (!f) return 0;
  if (!undecided(ctx, i)) return DECIDED_SCORE;
  // Near the headline (HTML) every line counts more, for the region or against it.
  const w = Math.min(f.words, 150) * (ctx.weight?.[i] ?? 1);
  switch (q) {
    case 'good':
      return w;
    case 'near':
      return w * NEAR_WEIGHT;
    case 'short':
      return SHORT_SCORE;
    case 'bad':
      return -Math.max(2, w * BAD_WEIGHT);
  }
}

// An inserted box ("Related coverage", "Share this article" + newsletter) inside the article: the
// marker is followed, within a few lines, by a run of real paragraphs that continues the article.
const RESUME_WITHIN = 10;
const RESUME_PARAGRAPHS = 4;
const RESUME_WORDS = 100;

/** Where the article goes on after the marker at `at` (its next paragraph), or -1. */
function resumes(ctx: Context, qualities: Quality[], at: number, end: number): number {
  if (isCommentsMarker(ctx, at)) return -1;
  let j = at + 1;
  while (j <= end && j <= at + RESUME_WITHIN && !(undecided(ctx, j) && qualities[j] === 'good')) {
    if (ctx.barriers.has(j)) return -1;
    j++;
  }
  if (j > end || j > at + RESUME_WITHIN) return -1;
  const from = j;
  let paragraphs = 0;
  let words = 0;
  let headings = 0;
  for (; j <= end && paragraphs < RESUME_PARAGRAPHS; j++) {
    if (!undecided(ctx, j)) {
      // Teasers ("Read more" + headline) between the paragraphs: a list of blurbs, not the article.
      if (ctx.barriers.has(j) || ctx.decisions[j]?.rule.startsWith('teaser')) return -1;
      continue;
    }
    const q = qualities[j];
    if (q !== 'good' && !(q === 'near' && ctx.feats[j]?.sentence)) {
      // One subheading between paragraphs, once the article has clearly resumed.
      if (q !== 'short' || headings++ > 0 || paragraphs < 2) return -1;
      continue;
    }
    paragraphs++;
    words += ctx.feats[j]?.words ?? 0;
  }
  return paragraphs >= RESUME_PARAGRAPHS && words >= RESUME_WORDS ? from : -1;
}

/** The run of blocks in [from, to] with the largest total score (maximum subarray), or null. */
export function bestRun(
  ctx: Context,
  qualities: Quality[],
  from: number,
  to: number,
): { start: number; end: number; sum: number } | null {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    const s = score(ctx, i, qualities[i] ?? 'bad');
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += s;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return bestStart < 0 ? null : { start: bestStart, end: bestEnd, sum: best };
}

/** A comments heading or count ("Comments", "12 Comments"): a marker that always ends an article. */
export function isCommentsMarker(ctx: Context, i: number): boolean {
  return ctx.book.lines.get(ctx.feats[i]?.key ?? '') === 'comments' || /\d/.test(ctx.blocks[i]?.text ?? '');
}

/** The best run in [from, to] that crosses no end marker: each stretch between markers competes. */
export function bestRunBetweenMarkers(
  ctx: Context,
  qualities: Quality[],
  from: number,
  to: number,
): { start: number; end: number; sum: number } | null {
  let best: { start: number; end: number; sum: number } | null = null;
  let segment = from;
  for (let i = from; i <= to + 1; i++) {
    if (i <= to && !ctx.barriers.has(i)) continue;
    const run = i > segment ? bestRun(ctx, qualities, segment, i - 1) : null;
    if (run && (!best || run.sum > best.sum)) best = run;
    segment = i + 1;
  }
  return best;
}

function runScore(ctx: Context, qualities: Quality[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i <= to; i++) sum += score(ctx, i, qualities[i] ?? 'bad');
  return sum;
}

/** Cuts [start, end] at its first end marker after enough prose; returns the end and the marker. */
function cutAtEnd(
  ctx: Context,
  qualities: Quality[],
  bestStart: number,
  bestEnd: number,
  commit: boolean,
): { end: number; marker: number } {
  let prose = 0;
  for (let i = bestStart; i <= bestEnd; i++) {
    if (ctx.barriers.has(i) && prose >= MIN_PROSE_BEFORE_END) {
      const next = resumes(ctx, qualities, i, bestEnd);
      if (next < 0) return { end: i - 1, marker: i };
      // The box between the marker and the article's next paragraph goes with its marker.
      if (commit)
        for (let j = i + 1; j < next; j++)
          drop(ctx, j, 'inserted-box', `inside the box that "${ctx.blocks[i]?.text}" opens within the article`);
      i = next - 1;
      continue;
    }
    const q = qualities[i];
    if (undecided(ctx, i) && (q === 'good' || q === 'near')) prose += ctx.feats[i]?.words ?? 0;
  }
  return { end: bestEnd, marker: -1 };
}

// After the cut, a run of prose this many times stronger than the part kept is the article and
// the part before the marker a list of teasers (each with its "N Comments" link).
const STRONGER_AFTER_CUT = 2;
const MIN_MARKERS_BEFORE_CUT = 2;

/**
 * The article is the contiguous run of blocks with the largest total score (maximum subarray):
 * prose pulls the region outwards, menus, labels and link lists push it back.
 */
export function findRegion(ctx: Context, qualities: Quality[]): { start: number; end: number } | null {
  const run = bestRun(ctx, qualities, 0, qualities.length - 1);
  if (!run) return null;
  let start = run.start;
  const stop = run.end;
  // Cut at the first end marker ("Related articles", "Comments") after enough content. When the
  // part before the cut is itself broken by markers (a list of teasers, each with its "12 Comments"
  // link), the article may be a stronger run between two later markers.
  const first = cutAtEnd(ctx, qualities, start, stop, false);
  if (first.marker >= 0) {
    let markers = 0;
    for (let i = start; i < first.end; i++) if (ctx.barriers.has(i)) markers++;
    if (markers >= MIN_MARKERS_BEFORE_CUT) {
      const kept = runScore(ctx, qualities, start, first.end);
      const best = bestRunBetweenMarkers(ctx, qualities, first.marker + 1, stop);
      if (best && best.sum > STRONGER_AFTER_CUT * kept) start = best.start;
    }
  }
  const cut = cutAtEnd(ctx, qualities, start, stop, true);
  return { start, end: cut.end };
}

/**
 * The region's end once something cut it short (an end marker, a teaser list): the end that
 * maximises the run's score again, as the maximum subarray would have chosen had the cut-off
 * part never been there. Without this, weak lines before the cut ("Want more stories like
 * this?") stay only because stronger text once followed them, and cleaning the tool's own
 * output drops them: not idempotent. Kept lines (an announced list) are never cut.
 */
export function settleEnd(ctx: Context, qualities: Quality[], region: { start: number; end: number }): number {
  let from = region.start;
  for (let i = region.end; i >= region.start; i--) {
    if (ctx.decisions[i]?.keep) {
      from = i + 1;
      break;
    }
  }
  let sum = 0;
  let best = 0;
  let end = from > region.start ? from - 1 : -1;
  for (let i = from; i <= region.end; i++) {
    sum += score(ctx, i, qualities[i] ?? 'bad');
    if (sum > best) {
      best = sum;
      end = i;
    }
  }
  return end < region.start ? region.end : end;
}
