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
  const w = Math.min(f.words, 150);
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
  if (ctx.book.lines.get(ctx.feats[at]?.key ?? '') === 'comments' || /\d/.test(ctx.blocks[at]?.text ?? '')) return -1;
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

/**
 * The article is the contiguous run of blocks with the largest total score (maximum subarray):
 * prose pulls the region outwards, menus, labels and link lists push it back.
 */
export function findRegion(ctx: Context, qualities: Quality[]): { start: number; end: number } | null {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < qualities.length; i++) {
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
  if (bestStart < 0) return null;
  // Cut at the first end marker ("Related articles", "Comments") after enough content.
  let prose = 0;
  for (let i = bestStart; i <= bestEnd; i++) {
    if (ctx.barriers.has(i) && prose >= MIN_PROSE_BEFORE_END) {
      const next = resumes(ctx, qualities, i, bestEnd);
      if (next < 0) return { start: bestStart, end: i - 1 };
      // The box between the marker and the article's next paragraph goes with its marker.
      for (let j = i + 1; j < next; j++)
        drop(ctx, j, 'inserted-box', `inside the box that "${ctx.blocks[i]?.text}" opens within the article`);
      i = next - 1;
      continue;
    }
    const q = qualities[i];
    if (undecided(ctx, i) && (q === 'good' || q === 'near')) prose += ctx.feats[i]?.words ?? 0;
  }
  return { start: bestStart, end: bestEnd };
}
