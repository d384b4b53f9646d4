import { type Context, drop, undecided } from '../context.js';

// "12 comments", "1.2K shares", "5 min read", "Views: 345", "Комментарии (3)": a number with at
// most two words around it. Whole-number lines ("0", "16", "•") have no letters at all.
const NUMBER = String.raw`[+-]?\d[\d.,\s]*(?:[kKmMкКтыс.]{1,4}|[万千亿萬億])?`;
const WORD = String.raw`\p{L}[\p{L}\p{M}'’.-]*`;
// Label-first counters need a separator, so that headings such as "Phase 2" survive.
const COUNTER = new RegExp(
  String.raw`^(?:\(?${NUMBER}\)?\s*${WORD}(?:\s+${WORD})?|${WORD}(?:\s+${WORD})?\s*(?::|\()\s*${NUMBER}\)?(?:\s*${WORD})?)$`,
  'u',
);
// "阅读 1.2万", "评论 35": a CJK label and a count.
const CJK_COUNTER = new RegExp(String.raw`^\p{Script=Han}{1,4}\s*[:：]?\s*${NUMBER}$`, 'u');

export function countersRule(ctx: Context): void {
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i)) return;
    const f = ctx.feats[i];
    if (!f) return;
    if (f.letters === 0) {
      drop(ctx, i, 'no-letters', 'line has no letters (number, date, symbol or separator)');
    } else if (f.words <= 4 && (COUNTER.test(b.text) || CJK_COUNTER.test(b.text))) {
      drop(ctx, i, 'counter', 'a count with a label (comments, shares, views, reading time)');
    }
  });
}
