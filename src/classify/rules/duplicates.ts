import { type Context, drop, undecided } from '../context.js';

/** A line that repeats an earlier one (menus twice, captions as alts, pull quotes) goes. */
export function duplicatesRule(ctx: Context): void {
  const seen = new Map<string, number>();
  ctx.blocks.forEach((b, i) => {
    const key = ctx.feats[i]?.key;
    if (!key) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, b.line);
    else if (undecided(ctx, i)) drop(ctx, i, 'duplicate', `repeats line ${first}`);
  });
}
