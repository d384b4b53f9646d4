import { isSpace } from '../text/words.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

// Every line ending: CRLF, CR alone, Unicode line and paragraph separators.
const LINE_END = /\r\n?|[\u2028\u2029]/g;
// Characters that carry no text but break matching: zero-width spaces, word joiners, BOMs, soft
// hyphens (ZWJ/ZWNJ are kept: they change meaning in Persian, Indic scripts and emoji); and C0/C1
// controls other than tab and newline (NUL bytes included).
const DROPPED_CHARS = '\u200B\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F';
const DROPPED = new RegExp(`[${DROPPED_CHARS}]`, 'g');
// What LINE_END or DROPPED would match: one scan says whether a text needs either.
const TO_NORMALIZE = new RegExp(`[\r\u2028\u2029${DROPPED_CHARS}]`);

/** Removes what `normalizeText` drops, for text already cut into blocks (HTML). */
export function dropInvisible(text: string): string {
  return DROPPED.test(text) ? text.replace(DROPPED, '') : text;
}

/**
 * Line endings to LF, invisible and control characters removed, lone surrogates replaced.
 * `decoded`: the text comes from a TextDecoder or decodeWith (which makes iconv-lite's output
 * well-formed), so the well-formedness pass (a sixth of the decode time of a large page) is skipped.
 */
export function normalizeText(text: string, decoded = false): string {
  const wellFormed = decoded ? text : text.toWellFormed();
  // Most texts have neither: one scan says so, instead of one per replacement.
  if (!TO_NORMALIZE.test(wellFormed)) return wellFormed;
  return wellFormed.replace(LINE_END, '\n').replace(DROPPED, '');
}

// Every Unicode space separator (NBSP, thin space, ideographic space…) and tabs.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * Collapses all kinds of whitespace into single spaces and trims: `line.replace(/\s+/g, ' ').trim()`.
 * Most lines need nothing and are returned as they are, read by character codes (no regex and no
 * new string: the HTML walk folds every block and cell).
 */
export function collapseSpaces(line: string): string {
  const n = line.length;
  let previous = true; // at the start, a space would be leading
  for (let i = 0; i < n; i++) {
    const c = charCodeAt.call(line, i);
    if (!isSpace(c)) previous = false;
    else if (previous || c !== 0x20) return foldSpaces(line);
    else previous = true;
  }
  return previous && n > 0 ? foldSpaces(line) : line;
}

/** collapseSpaces for a line known to need it: without the test. */
export function foldSpaces(line: string): string {
  return line.replace(SPACES, ' ').trim();
}
