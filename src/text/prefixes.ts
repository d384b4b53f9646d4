import { BitSet } from './bit-set.js';
import { memoByIdentity } from './memo.js';
import { CJK_CHAR } from './scripts.js';
import { isSpace, lastSpace } from './words.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

// Matching many short phrases at the start or end of a line without compiling one huge regex
// alternation (which costs tens of milliseconds at start-up and is slow per line).

const FIRST_WORD = /^[\p{L}\p{M}\p{N}'’-]+/u;
const LETTER = /[\p{L}\p{N}]/u;

/** FIRST_WORD's match (or ''), read from character codes while they are ASCII. */
function firstWord(text: string): string {
  let e = 0;
  for (; e < text.length; e++) {
    const c = charCodeAt.call(text, e);
    if (c >= 128) return FIRST_WORD.exec(text)?.[0] ?? '';
    const l = c | 32;
    if (!((l >= 97 && l <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45)) break;
  }
  return text.slice(0, e);
}

const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

const THREES = 1 << 16;
/** Three ASCII character codes hashed to 16 bits. */
const three = (c0: number, c1: number, c2: number): number => Math.imul((c0 << 14) | (c1 << 7) | c2, 0x9e3779b1) >>> 16;

export class PrefixSet {
  private readonly byFirst = new Map<string, string[]>();
  private readonly all: Set<string>;
  /** The first two characters of every longer phrase, and the one-character phrases. */
  private readonly openings = new Set<string>();
  /** `openings` of ASCII characters as bits: one character at [c], two at [128 + c0 * 128 + c1]. */
  private readonly asciiOpenings = new BitSet(128 + 128 * 128);
  /**
   * For lines that open with three ASCII characters: the two-character phrases (at c0 * 128 + c1)
   * and the first three characters of the longer ones (hashed). Two characters let through most
   * lines ("co", "in", "de" open many phrases of the bundled languages); three rule them out.
   */
  private readonly asciiPairs = new BitSet(128 * 128);
  private readonly asciiThrees = new BitSet(THREES);
  /** The last word of every phrase (after its last space): a text ending in none ends in no phrase. */
  private readonly lastWords = new Set<string>();
  /** Length of the longest phrase: only that much of a line is ever lowercased. */
  readonly maxLength: number;

  /** `phrases` lowercased; for CJK ones (no spaces) the first character is the index key. */
  constructor(phrases: Iterable<string>) {
    this.all = new Set([...phrases].filter(Boolean));
    this.maxLength = Math.max(0, ...[...this.all].map((p) => p.length));
    for (const p of this.all) {
      this.lastWords.add(p.slice(lastSpace(p) + 1));
      const opening = p.slice(0, 2);
      this.openings.add(opening);
      const [o0, o1] = [charCodeAt.call(opening, 0), charCodeAt.call(opening, 1)];
      if (opening.length === 1 && o0 < 128) this.asciiOpenings.add(o0);
      if (opening.length === 2 && o0 < 128 && o1 < 128) this.asciiOpenings.add(128 + o0 * 128 + o1);
      const o2 = charCodeAt.call(p, 2);
      if (p.length === 2 && o0 < 128 && o1 < 128) this.asciiPairs.add(o0 * 128 + o1);
      if (p.length > 2 && o0 < 128 && o1 < 128 && o2 < 128) this.asciiThrees.add(three(o0, o1, o2));
      const key = CJK_CHAR.test(p[0] ?? '') ? (p[0] ?? '') : (p.split(' ')[0] ?? '');
      const list = this.byFirst.get(key) ?? [];
      list.push(p);
      this.byFirst.set(key, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The opening of `text`, lowercased, long enough for any phrase (and the character after it). */
  head(text: string): string {
    return text.slice(0, this.maxLength + 1).toLowerCase();
  }

  /**
   * Whether `text` (not lowercased) may start with a phrase, judged from its first two characters:
   * most lines are ruled out before their opening is lowercased. Never false when atStart() of the
   * lowercased opening would find one (a capital sigma, whose lowercase depends on what follows,
   * is let through).
   */
  mayOpen(text: string): boolean {
    const c0 = charCodeAt.call(text, 0);
    const c1 = text.length > 1 ? charCodeAt.call(text, 1) : 0;
    if (c0 < 128 && c1 < 128) {
      // ASCII lowercases by itself: the openings' bits, no string.
      const l0 = asciiLower(c0);
      if (this.asciiOpenings.has(l0)) return true;
      if (text.length < 2) return false;
      const l1 = asciiLower(c1);
      const c2 = text.length > 2 ? charCodeAt.call(text, 2) : 128;
      if (c2 >= 128) return this.asciiOpenings.has(128 + l0 * 128 + l1);
      return this.asciiPairs.has(l0 * 128 + l1) || this.asciiThrees.has(three(l0, l1, asciiLower(c2)));
    }
    const two = text.slice(0, 2);
    if (two.includes('Σ')) return true;
    const lower = two.toLowerCase();
    return this.openings.has(lower.slice(0, 2)) || this.openings.has(lower[0] ?? '');
  }

  /** The longest phrase that `lower` starts with, ending at a word boundary (CJK: anywhere). */
  atStart(lower: string): string | null {
    // A phrase the line starts with shares its first two characters (or is one character long).
    if (!this.openings.has(lower.slice(0, 2)) && !this.openings.has(lower[0] ?? '')) return null;
    const word = firstWord(lower);
    return this.startIn(lower, this.byFirst.get(word)) ?? this.startIn(lower, this.byFirst.get(lower[0] ?? ''));
  }

  private startIn(lower: string, list: string[] | undefined): string | null {
    for (const p of list ?? []) {
      if (!lower.startsWith(p)) continue;
      const next = lower[p.length] ?? '';
      if (!next || !LETTER.test(next) || CJK_CHAR.test(p)) return p;
    }
    return null;
  }

  /**
   * The phrase made of the last one to four words of `text` (lowercased), if any. Read from the
   * end, word by word, and only as far as the longest phrase reaches: lines can be paragraphs.
   */
  atEnd(text: string): string | null {
    const last: string[] = [];
    let joined = -1;
    let i = text.length;
    while (last.length < 4) {
      while (i > 0 && isSpace(charCodeAt.call(text, i - 1))) i--;
      if (i === 0) break;
      let j = i;
      while (j > 0 && !isSpace(charCodeAt.call(text, j - 1))) j--;
      const word = text.slice(j, i).toLowerCase();
      // Every candidate ends with the text's last word: most texts are ruled out by it alone.
      if (last.length === 0 && !this.lastWords.has(word)) return null;
      joined += word.length + 1;
      // Longer candidates only grow: none of them can be a phrase.
      if (joined > this.maxLength) break;
      last.unshift(word);
      i = j;
    }
    for (let k = last.length; k >= 1; k--) {
      const cand = k === 1 ? (last[last.length - 1] ?? '') : last.slice(-k).join(' ');
      if (this.all.has(cand)) return cand;
    }
    return null;
  }
}

/** A list's PrefixSet, built once per list (the phrase book's lists are asked for on every line). */
export const prefixSetOf = memoByIdentity((list: readonly string[]) => new PrefixSet(list));
