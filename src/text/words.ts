// Word and character measures shared by every rule. CJK text has no spaces, so "words" for it
// are estimated from characters (about 2 characters per word in Chinese and Japanese news).

import { NON_ASCII } from './scripts.js';

// `charCodeAt.call(s, i)` rather than `s.charCodeAt(i)`, here and wherever the text path reads
// characters. V8 caches a property load per receiver map, and a string's map is its
// representation: flat or a slice of the page, a concatenation, internalized, one or two bytes per
// character. A page's lines come in all of these, so `s.charCodeAt` went megamorphic: a
// stub-cache probe per character read. The builtin called directly needs no load, and V8 still
// compiles it inline: 3-4% fewer instructions on the text path. (An imported constant would not
// do: V8 does not fold an import into a constant, and the call goes generic.) The loops that walk
// a line's spaces call String.prototype.indexOf so as well (1.4%); other methods, called once or
// twice per line, gain nothing measurable.
const charCodeAt = String.prototype.charCodeAt;
const stringIndexOf = String.prototype.indexOf;

const WORD = /[\p{L}\p{N}\p{M}_'’-]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

const ASCII_WORD = /[A-Za-z0-9_'-]+/g;

// Most other lines are Latin with typographic punctuation (’ “ ” —) and currency signs: below
// U+0250, in General Punctuation and in Currency Symbols, WORD's characters spelled out
// (tests/unit/text-fast-paths.test.ts checks them one by one); a plain class matches about
// twice as fast as Unicode properties, and costs nothing to compile at start-up.
const BEYOND_LATIN = /[^\x00-\u024f\u2000-\u206f\u20a0-\u20cf]/;
const LATIN_WORD =
  /[0-9A-Za-z_'\-\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f’]+/g;

/** Characters of LATIN_WORD below U+0250; ’ (U+2019) is the only one above. */
const LATIN_WORD_CHAR = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
  const ok =
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 39 ||
    c === 45 ||
    c === 0xaa ||
    c === 0xb2 ||
    c === 0xb3 ||
    c === 0xb5 ||
    c === 0xb9 ||
    c === 0xba ||
    (c >= 0xbc && c <= 0xbe) ||
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    c >= 0xf8;
  LATIN_WORD_CHAR[c] = ok ? 1 : 0;
}

/** Whether a UTF-16 unit of a latinText() text belongs to a word, as words() cuts them. */
export function isLatinWordChar(c: number): boolean {
  return c < 0x250 ? LATIN_WORD_CHAR[c] === 1 : c === 0x2019;
}

/** Only ASCII, Latin letters, General Punctuation and currency signs: no marks, no CJK, no other script. */
export function latinText(text: string): boolean {
  return !BEYOND_LATIN.test(text);
}

export function words(text: string): string[] {
  // Most lines of most pages are ASCII: a plain character class is several times faster.
  if (!NON_ASCII.test(text)) return text.match(ASCII_WORD) ?? [];
  return text.match(BEYOND_LATIN.test(text) ? WORD : LATIN_WORD) ?? [];
}

/** Letters of a latinText() text, counted up to `max`: what /\p{L}/u matches there. */
export function latinLetters(text: string, max: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < max; i++) {
    const c = charCodeAt.call(text, i);
    if (c < 128) {
      const l = c | 32;
      if (l >= 97 && l <= 122) n++;
    } else if (c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) n++;
  }
  return n;
}

/** Words of an ASCII text, counted without building them: the same as words(text).length. */
export function countAsciiWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = charCodeAt.call(text, i);
    const w = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 45;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Words of a latinText() text, counted without building them: the same as words(text).length. */
export function countLatinWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const w = isLatinWordChar(charCodeAt.call(text, i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Words of any text (the length of words(text)), without building them for Latin text. */
export function countWords(text: string): number {
  if (!NON_ASCII.test(text)) return countAsciiWords(text);
  return latinText(text) ? countLatinWords(text) : words(text).length;
}

/**
 * wordCount in its two additive parts: words outside CJK runs, and CJK characters. Texts joined
 * by blank lines have the sums of their parts, so a page's count comes from its lines' counts.
 */
export interface WordParts {
  plain: number;
  cjk: number;
}

export function wordParts(text: string): WordParts {
  const cjk = latinText(text) ? 0 : (text.match(CJK)?.length ?? 0);
  if (cjk === 0) return { plain: countWords(text), cjk: 0 };
  return { plain: words(text.replace(CJK, ' ')).length, cjk };
}

export const partsToCount = (p: WordParts): number => p.plain + Math.ceil(p.cjk / 2);

/** What /\s/ matches (WhiteSpace or LineTerminator), for one UTF-16 code unit. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `s.replace(/\s+/g, '').length`, without the new string. */
export function nonSpaceLength(s: string): number {
  let spaces = 0;
  for (let i = 0; i < s.length; i++) if (isSpace(charCodeAt.call(s, i))) spaces++;
  return s.length - spaces;
}

/** How many ' ' a text has: split(' ').length - 1, without the array. */
export function countSpaces(text: string, upTo = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (let i = stringIndexOf.call(text, ' '); i >= 0 && n < upTo; i = stringIndexOf.call(text, ' ', i + 1)) n++;
  return n;
}

/** Index of the last character of `text` that /\s/ matches, or -1. */
export function lastSpace(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && !isSpace(charCodeAt.call(text, i))) i--;
  return i;
}

/** Word count, with CJK runs counted as one word per two characters. */
export function wordCount(text: string): number {
  return partsToCount(wordParts(text));
}

/** Sentence-final punctuation in the scripts we see: Latin, CJK, Arabic, Devanagari, Ethiopic. */
const TERMINAL = '.!?…。！？؟।።';
/** Closing quotes and brackets that may follow it, each after at most one space. */
const CLOSING = `"'”»)]’」』`;
const codes = (chars: string): Set<number> => new Set([...chars].map((c) => charCodeAt.call(c, 0)));
const TERMINAL_CODES = codes(TERMINAL);
const CLOSING_CODES = codes(CLOSING);
// The same for ASCII, as a table (1 terminal, 2 closing): most lines end in ASCII, and a table
// answers without the sets' hashing.
const ASCII_ENDS = new Uint8Array(128);
for (const c of TERMINAL_CODES) if (c < 128) ASCII_ENDS[c] = 1;
for (const c of CLOSING_CODES) if (c < 128) ASCII_ENDS[c] = 2;

/**
 * Ends in sentence punctuation, perhaps followed by closing quotes ("« Bien sûr. »"), but not in
 * an ellipsis. Read backwards from the end: a regex anchored at $ would scan the whole line.
 */
export function endsLikeSentence(text: string): boolean {
  // An ellipsis ends in '.' or '…': other lines need no endsWith.
  const last = charCodeAt.call(text, text.length - 1);
  if ((last === 0x2e && text.endsWith('...')) || last === 0x2026) return false;
  let i = text.length - 1;
  while (i >= 0) {
    const c = charCodeAt.call(text, i);
    const kind = c < 128 ? (ASCII_ENDS[c] ?? 0) : TERMINAL_CODES.has(c) ? 1 : CLOSING_CODES.has(c) ? 2 : 0;
    if (kind === 1) return true;
    if (kind !== 2) return false;
    i--;
    if (i >= 0 && isSpace(charCodeAt.call(text, i))) i--;
  }
  return false;
}

// Characters that NFKC changes: compatibility forms (superscripts, ellipsis, letterlike and
// enclosed forms, CJK compatibility, ligatures, full-width) and astral characters; and
// combining marks of decomposed accents.
const NEEDS_NFKC =
  /[\u00aa\u00b2-\u00b5\u00b9-\u00be\u2024-\u2026\u2100-\u24ff\u3000-\u33ff\ufb00-\ufb4f\ufe30-\uffef\ud800-\udfff]/;
const COMBINING = /\p{M}/u;

const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;
const ASCII_UPPER = /[A-Z]/;
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * matchKey of a printable-ASCII text (no normalisation or quote folding to do): the text from
 * its first letter to its last, lowercased, spaces collapsed; null for any other text. Native
 * scans (regex tests, includes) do what they can: a loop over every character mispredicts its
 * branches on prose. `lower`, when given, is text.toLowerCase(), and the key is cut out of it.
 */
function asciiKey(text: string, lower: string | null): string | null {
  if (NOT_PRINTABLE_ASCII.test(text)) return null;
  let a = 0;
  while (a < text.length && !isAsciiLetter(charCodeAt.call(text, a))) a++;
  if (a === text.length) return '';
  let b = text.length;
  while (!isAsciiLetter(charCodeAt.call(text, b - 1))) b--;
  const core = asciiCore(text, lower, a, b, lower === null && ASCII_UPPER.test(text));
  return core.includes('  ') ? core.replace(/ +/g, ' ') : core;
}

/** text[a, b) lowercased (cut out of `lower` when given); lowercasing copies, so only when it has a capital. */
function asciiCore(text: string, lower: string | null, a: number, b: number, upper: boolean): string {
  if (lower !== null) return lower.slice(a, b);
  const whole = a === 0 && b === text.length;
  if (upper) return whole ? text.toLowerCase() : text.slice(a, b).toLowerCase();
  return whole ? text : text.slice(a, b);
}

/**
 * Kinds of characters a line holds, as bits: a rule's test for some character skips the lines
 * that have none (its regex call costs more than the test on a short line). ALL_CHARS: not known.
 */
export const CHARS = {
  digit: 1 << 4,
  colon: 1 << 5,
  pipe: 1 << 6,
  lower: 1 << 7,
  upper: 1 << 8,
  /** . ! ? > */
  stop: 1 << 9,
  /** Any character above U+007F. */
  nonAscii: 1 << 10,
} as const;
export const ALL_CHARS = (1 << 11) - (1 << 4);

// Per ASCII code, bits: 1 a word character (as ASCII_WORD cuts words), 2 a letter, 4 a capital,
// 8 outside printable ASCII (matchKey has more to do than asciiKey then); and CHARS.
const ASCII_CLASS = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  const letter = isAsciiLetter(c);
  const digit = c >= 48 && c <= 57;
  const word = letter || digit || c === 95 || c === 39 || c === 45;
  const upper = c >= 65 && c <= 90;
  ASCII_CLASS[c] =
    (word ? 1 : 0) |
    (letter ? 2 : 0) |
    (upper ? 4 : 0) |
    (c < 0x20 || c > 0x7e ? 8 : 0) |
    (digit ? CHARS.digit : 0) |
    (c === 58 ? CHARS.colon : 0) |
    (c === 124 ? CHARS.pipe : 0) |
    (letter && !upper ? CHARS.lower : 0) |
    (upper ? CHARS.upper : 0) |
    (c === 46 || c === 33 || c === 63 || c === 62 ? CHARS.stop : 0);
}

export interface AsciiMeasures {
  /** countAsciiWords(text). */
  words: number;
  /** latinLetters(text, 2). */
  letters: number;
  /** matchKey(text), or '' when the text has more than keyMaxWords words. */
  key: string;
  /** The CHARS the text holds. */
  holds: number;
}

/**
 * The measures of an ASCII text in one table-driven pass, or null when the text holds a
 * character above U+007F (the pass stops there, so the caller needs no test first): most lines
 * of a page are short ASCII labels, and counting their words, letters and key's bounds in three
 * scans (with two regex tests) cost twice as much.
 */
export function asciiMeasures(text: string, keyMaxWords: number): AsciiMeasures | null {
  let words = 0;
  let letters = 0;
  let flags = 0;
  let inWord = 0;
  let a = -1;
  let b = 0;
  // The second space of the first double space after the first letter, as asciiKey finds it.
  let double = -1;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = charCodeAt.call(text, i);
    if (c > 0x7f) return null;
    const k = ASCII_CLASS[c] ?? 0;
    const w = k & 1;
    // A word starts where a word character follows another character (no branch to mispredict).
    words += w & (inWord ^ 1);
    inWord = w;
    flags |= k;
    if (k & 2) {
      if (a < 0) a = i;
      b = i + 1;
      letters++;
    } else if (c === 32 && prev === 32 && double < 0 && a >= 0) double = i;
    prev = c;
  }
  let key = '';
  if (words <= keyMaxWords) {
    if (flags & 8) key = generalKey(text, null);
    else if (a >= 0) {
      const core = asciiCore(text, null, a, b, (flags & 4) !== 0);
      key = double >= 0 && double < b ? core.replace(/ +/g, ' ') : core;
    }
  }
  return { words, letters: Math.min(letters, 2), key, holds: flags & ALL_CHARS };
}

/** Lowercased, NFKC, curly quotes straightened, edge punctuation/digits stripped, spaces collapsed. */
export function matchKey(text: string): string {
  return asciiKey(text, null) ?? generalKey(text, null);
}

/** matchKey(text) for a caller that has text.toLowerCase() already: the key is cut out of it. */
export function matchKeyWithLower(text: string, lower: string): string {
  return asciiKey(text, lower) ?? generalKey(text, lower);
}

/**
 * matchKey(text) of a text that holds a character above U+007F (asciiKey has nothing to do
 * there), for a caller that knows whether it is latinText() and may have text.toLowerCase().
 */
export function nonAsciiKey(text: string, lower: string | null, latin: boolean): string {
  return generalKey(text, lower, latin);
}

/** `latin`: latinText(text), when the caller knows it. */
function generalKey(text: string, lower: string | null, latin: boolean | null = null): string {
  // Most non-ASCII text (accented Latin, Cyrillic) has nothing NFKC would change: skip it.
  const normalized =
    NEEDS_NFKC.test(text) || (!(latin ?? latinText(text)) && COMBINING.test(text)) ? text.normalize('NFKC') : text;
  let key = normalized === text && lower !== null ? lower : normalized.toLowerCase();
  // Turkish "İ" lowercases to "i" + combining dot: fold it back so "İlginizi" matches "ilginizi".
  if (key.includes('\u0307')) key = key.replace(/i\u0307/g, 'i');
  // Each replacement only when it has something to do: most lines have none of these.
  if (QUOTES.test(key)) key = key.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  key = trimToLetters(key);
  return NEEDS_SPACE_FOLD.test(key) ? key.replace(/\s+/g, ' ') : key;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const wordEndCache = new Map<number, boolean>();

/** Whether the code point may end a token: a letter, a digit, an apostrophe or a hyphen. */
function endsToken(c: number): boolean {
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45;
  let hit = wordEndCache.get(c);
  if (hit === undefined) {
    hit = LETTER_OR_NUMBER.test(String.fromCodePoint(c));
    wordEndCache.set(c, hit);
  }
  return hit;
}

/**
 * The text without its trailing punctuation: what .replace(/[^\p{L}\p{N}'-]+$/u, '') leaves, read
 * from the end (that regex is slow to compile and scans the whole text).
 */
export function trimTokenEnd(text: string): string {
  let end = text.length;
  while (end > 0) {
    const low = charCodeAt.call(text, end - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && end >= 2 && (charCodeAt.call(text, end - 2) & 0xfc00) === 0xd800;
    const start = pair ? end - 2 : end - 1;
    if (endsToken(text.codePointAt(start) ?? 0)) break;
    end = start;
  }
  return end === text.length ? text : text.slice(0, end);
}

const QUOTES = /[‘’ʼ`´“”«»„]/;
const SINGLE_QUOTES = /[‘’ʼ`´]/g;
const DOUBLE_QUOTES = /[“”«»„]/g;
// /\s\s|[^\S ]/ spelled so that the first alternative is a plain character: a third faster.
const NEEDS_SPACE_FOLD = / {2}|[^\S ]/;
const LETTER_CHAR = /\p{L}/u;
const letterCache = new Map<number, boolean>();

function isLetterAt(text: string, i: number): boolean {
  const c = text.codePointAt(i) ?? 0;
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let hit = letterCache.get(c);
  if (hit === undefined) {
    hit = LETTER_CHAR.test(String.fromCodePoint(c));
    letterCache.set(c, hit);
  }
  return hit;
}

/** The text from its first letter to its last (what /^[^\p{L}]+|[^\p{L}]+$/gu leaves), by code points. */
function trimToLetters(text: string): string {
  let a = 0;
  while (a < text.length && !isLetterAt(text, a)) a += (text.codePointAt(a) ?? 0) > 0xffff ? 2 : 1;
  if (a >= text.length) return '';
  let b = text.length;
  for (;;) {
    // The code point ending at b: a surrogate pair counts as one.
    const low = charCodeAt.call(text, b - 1);
    const high = b >= 2 ? charCodeAt.call(text, b - 2) : 0;
    const start = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? b - 2 : b - 1;
    if (isLetterAt(text, start)) break;
    b = start;
  }
  return a === 0 && b === text.length ? text : text.slice(a, b);
}

/** Short, unpunctuated, several words: how headlines of teasers and articles look. */
export function headlineLike(text: string, words: number, sentence: boolean): boolean {
  return words >= 3 && words <= 25 && !sentence && !/[:,;]$/.test(text);
}
