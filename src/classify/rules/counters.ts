import { CHARS } from '../../text/words.js';
import { type Context, drop, undecided } from '../context.js';

// "12 comments", "1.2K shares", "5 min read", "Views: 345", "Lesezeit: 3 Minuten", "阅读 1.2万":
// a number with at most two words around it. Lines with no letters at all ("0", "16", "•") go
// as no-letters. Tokens are checked one by one: a Unicode regex here cost milliseconds at start-up.
const NUMBER = /^\(?[+-]?\d[\d.,]*(?:[kKmM]|万|千|亿|萬|億|тыс\.?|к)?\)?$/;
const HAS_DIGIT = /\d/;
const CJK_LABEL = /^[\u3400-\u9fff]{1,4}[:：]?$/;

// "0条评论", "评论35": CJK counts need no space.
const CJK_GLUED = /^(?:\d[\d.,]*[万千亿萬億]?[\u3400-\u9fff]{1,4}|[\u3400-\u9fff]{1,4}[:：]?\d[\d.,]*[万千亿萬億]?)$/;

function isCounter(text: string): boolean {
  // Both shapes need a digit: most short lines have none.
  if (!HAS_DIGIT.test(text)) return false;
  if (CJK_GLUED.test(text)) return true;
  const tokens = text.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4) return false;
  const numbers = tokens.filter((t) => NUMBER.test(t.replace(/:$/, '')));
  if (numbers.length !== 1) return false;
  const at = tokens.findIndex((t) => NUMBER.test(t.replace(/:$/, '')));
  const words = tokens.filter((_, i) => i !== at);
  if (words.some((w) => HAS_DIGIT.test(w))) return false;
  // "12 comments", "5 min read": the number first.
  if (at === 0) return words.length <= 2;
  // "Views: 345", "Comments (3)", "Lesezeit: 3 Minuten": a label needs its colon or bracket, so
  // that headings such as "Phase 2" survive; a CJK label needs neither.
  const label = tokens[at - 1] ?? '';
  const marked = label.endsWith(':') || (tokens[at] ?? '').startsWith('(') || CJK_LABEL.test(label);
  return marked && at <= 2 && tokens.length - at - 1 <= 1;
}

// "2016 十月 (1) 2016 八月 (1) …", "Reisen (12) Kochen (7) …": an archive or category list with
// its counts, run together on one line (html2text writes a <select> or a compact list so).
const COUNT = /\(\d[\d.,]*\)/g;
const MIN_COUNTS = 6;
const MAX_TOKENS_PER_COUNT = 4;

function isCountedList(text: string): boolean {
  if (!text.includes('(')) return false;
  const counts = text.match(COUNT)?.length ?? 0;
  if (counts < MIN_COUNTS) return false;
  return text.split(/\s+/).length <= counts * MAX_TOKENS_PER_COUNT;
}

export function countersRule(ctx: Context): void {
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i)) return;
    const f = ctx.feats[i];
    if (!f) return;
    if (f.letters === 0) {
      drop(ctx, i, 'no-letters', 'line has no letters (number, date, symbol or separator)');
    } else if (f.words <= 4 && (f.holds & CHARS.digit) !== 0 && isCounter(b.text)) {
      drop(ctx, i, 'counter', 'a count with a label (comments, shares, views, reading time)');
    } else if ((f.holds & CHARS.digit) !== 0 && isCountedList(b.text)) {
      drop(ctx, i, 'counter', 'a list of labels with their counts (archive, categories)');
    }
  });
}
