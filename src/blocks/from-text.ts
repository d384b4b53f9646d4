import { foldSpaces } from '../decode/normalize.js';
import { isSpace } from '../text/words.js';
import type { Block } from '../types.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

// Hard-wrapped text (lynx dumps, e-mails, RFCs, pre-formatted pages) breaks every paragraph into
// lines of about the same width. A page is wrapped when a good share of its lines are nearly as
// long as its longest lines, and those are no wider than a terminal.
const MIN_LINES = 8;
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
const FULL_SHARE = 0.3;
const FULL_LINE = 0.75;
// A line this full was broken by the wrap, not by the author.
const JOIN_LINE = 0.6;

/** Length of a line without its trailing whitespace: line.trimEnd().length, without the copy. */
function trimmedLength(line: string): number {
  let n = line.length;
  while (n > 0 && isSpace(charCodeAt.call(line, n - 1))) n--;
  return n;
}

/** The wrap width of a hard-wrapped text, or null when lines are paragraphs already. */
export function wrapWidth(lines: string[]): number | null {
  // The non-empty lines' lengths, counted by length up to MAX_WIDTH (any wider width is refused):
  // the same order statistic as sorting them, without the sort.
  const counts = new Uint32Array(MAX_WIDTH + 1);
  let n = 0;
  for (const l of lines) {
    const len = trimmedLength(l);
    if (len === 0) continue;
    n++;
    if (len <= MAX_WIDTH) counts[len] = (counts[len] ?? 0) + 1;
  }
  if (n < MIN_LINES) return null;
  // The 95th-percentile length: the k-th smallest (0-based).
  const k = Math.floor(n * 0.95) - 1;
  let width = -1;
  for (let len = 1, below = 0; len <= MAX_WIDTH; len++) {
    below += counts[len] ?? 0;
    if (below > k) {
      width = len;
      break;
    }
  }
  if (width < MIN_WIDTH) return null;
  let full = 0;
  for (let len = 1; len <= width; len++) if (len >= width * FULL_LINE) full += counts[len] ?? 0;
  return full / n >= FULL_SHARE ? width : null;
}

const BULLET = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s/u;
// Lines with no text of their own, which html2text writes where a browser shows nothing: quote
// markers alone (the blank line between two quoted paragraphs, "> ") and an empty list item
// (" * ", an icon link of a share bar).
const EMPTY_MARKUP = /^(?:(?:>\s*)+|\*)$/u;
const OTHER_SPACE = /[^\S \n]/g;
const DOUBLE_SPACE = / {2}/g;

/** EMPTY_MARKUP opens with '>' or '*': other lines skip its regex call. */
function mayBeEmptyMarkup(line: string): boolean {
  const c = charCodeAt.call(line, 0);
  return c === 62 || c === 42;
}

/** Index of the first whitespace other than ' ' and '\n' at or after `from`, or Infinity. */
function nextOtherSpace(text: string, from: number): number {
  OTHER_SPACE.lastIndex = from;
  return OTHER_SPACE.exec(text)?.index ?? Number.POSITIVE_INFINITY;
}

/** Index of the first double space at or after `from`, or Infinity. */
function nextDoubleSpace(text: string, from: number): number {
  DOUBLE_SPACE.lastIndex = from;
  return DOUBLE_SPACE.exec(text)?.index ?? Number.POSITIVE_INFINITY;
}

const indent = (line: string) => line.length - line.trimStart().length;

/** Whether `next` continues the paragraph that `prev` was wrapped out of. */
function continues(prev: string, next: string, width: number): boolean {
  const length = prev.trimEnd().length;
  // A wrap never repeats a line: the same line again is a repeated block (a page of one line).
  if (next === prev) return false;
  if (length < width * JOIN_LINE || BULLET.test(next) || indent(prev) !== indent(next)) return false;
  // A full line was broken by the wrap; a shorter one only when the next goes on in lowercase or
  // it ended a clause.
  return length >= width * FULL_LINE || /^\s*\p{Ll}/u.test(next) || /[.,;:!?)"”»]$/u.test(prev.trimEnd());
}

/**
 * Stage 2 for plain text: every non-empty line is a block, except that the lines of a
 * hard-wrapped paragraph are joined into one; blank lines become `gapBefore`.
 */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  const width = wrapWidth(lines);
  // Whitespace other than ' ' (a tab, an NBSP) and double spaces are rare: found by scanning the
  // page (two searches, each moving on only when passed; one regex with both is several times
  // slower), so that the other lines need collapsing only for a leading or trailing space,
  // which is cheaper to test than collapseSpaces' regex.
  let other = nextOtherSpace(text, 0);
  let double = nextDoubleSpace(text, 0);
  let start = 0;
  let gap = true;
  let prevRaw = '';
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const end = start + raw.length;
    let line = raw;
    if (other < end || double < end) {
      // Other whitespace or a double space: what collapseSpaces' test looks for.
      line = foldSpaces(raw);
      if (other < end) other = nextOtherSpace(text, end);
      if (double < end) double = nextDoubleSpace(text, end);
    } else if (charCodeAt.call(raw, 0) === 32 || charCodeAt.call(raw, raw.length - 1) === 32) {
      // Only single ' ' inside, which foldSpaces' replacement leaves as they are: a trim is its fold.
      line = raw.trim();
    }
    start = end + 1;
    if (line === '' || (mayBeEmptyMarkup(line) && EMPTY_MARKUP.test(line))) {
      gap = true;
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (width && last && !gap && continues(prevRaw, raw, width)) {
      // A line ending in a hyphen joins without a space, hyphen kept: "well-" + "known" is right,
      // "exam-" + "ple" keeps a stray hyphen, as nothing here tells the two apart.
      // (endsWith first: the regex anchored at $ would try every character of the paragraph so far.)
      const hyphen = last.text.endsWith('-') && /\p{L}-$/u.test(last.text);
      last.text = hyphen && /^\p{Ll}/u.test(line) ? last.text + line : `${last.text} ${line}`;
    } else {
      blocks.push({ index: blocks.length, text: line, line: i + 1, gapBefore: gap });
    }
    prevRaw = raw;
    gap = false;
  }
  return blocks;
}
