import { type Context, undecided } from './context.js';
import type { Quality } from './quality.js';

// Boilerpipe: an end marker ends the article only once this much content has been seen.
const MIN_WORDS_BEFORE_END = 60;

/** How much a block argues for (positive) or against (negative) being inside the article. */
function score(ctx: Context, i: number, q: Quality): number {
  const f = ctx.feats[i];
  if (!f) return 0;
  if (!undecided(ctx, i)) return -1;
  const w = Math.min(f.words, 150);
  switch (q) {
    case 'good':
      return w;
    case 'near':
      return w * 0.5;
    case 'short':
      return -2;
    case 'bad':
      return -Math.max(2, w * 0.5);
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
  let words = 0;
  for (let i = bestStart; i <= bestEnd; i++) {
    if (ctx.barriers.has(i) && words >= MIN_WORDS_BEFORE_END) return { start: bestStart, end: i - 1 };
    if (undecided(ctx, i)) words += ctx.feats[i]?.words ?? 0;
  }
  return { start: bestStart, end: bestEnd };
}
