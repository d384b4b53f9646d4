import { type Context, undecided } from './context.js';
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
    if (ctx.barriers.has(i) && prose >= MIN_PROSE_BEFORE_END) return { start: bestStart, end: i - 1 };
    const q = qualities[i];
    if (undecided(ctx, i) && (q === 'good' || q === 'near')) prose += ctx.feats[i]?.words ?? 0;
  }
  return { start: bestStart, end: bestEnd };
}
