import { type Context, drop, undecided } from '../context.js';

// Repeated menus, teasers and captions are short; a repeated long paragraph is kept, as the
// page shows it twice.
const MAX_WORDS = 25;

/** A short line that repeats an earlier one (menus twice, teasers, captions as alts) goes. */
export function duplicatesRule(ctx: Context): void {
  const seen = new Map<string, number>();
  ctx.blocks.forEach((b, i) => {
    const key = ctx.feats[i]?.key;
    if (!key || (ctx.feats[i]?.words ?? 0) > MAX_WORDS) return;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    // A heading that repeats an entry of a table of contents (in a <nav>, a sidebar) is the
    // article's own: the copy the markup already dropped does not count.
    if (b.html?.kind === 'heading' && ctx.decisions[first]?.rule.startsWith('markup:')) return;
    if (undecided(ctx, i)) drop(ctx, i, 'duplicate', `repeats line ${ctx.blocks[first]?.line ?? first + 1}`);
  });
}
