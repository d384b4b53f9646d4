import { type Script, scriptOf } from '../lang/script.js';

/** Counts of one pass over a line's characters: the features read these for every block. */
export interface CharStats {
  letters: number;
  upper: number;
  digits: number;
  /** Han, Hiragana and Katakana characters. */
  cjk: number;
}

// Per-character classes, cached: the Unicode property regexes are too slow to run per character.
const LETTER = 1;
const UPPER = 2;
const DIGIT = 4;
const CJK = 8;
const KNOWN = 16;
// BMP characters: a flat table indexed by code unit (no string allocation per character).
const bmp = new Uint8Array(0x10000);
const astral = new Map<string, number>();

function classify(ch: string): number {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  let c = code >= 0 ? bmp[code] || undefined : astral.get(ch);
  if (c !== undefined) return c & ~KNOWN;
  c = 0;
  if (/\p{L}/u.test(ch)) c |= LETTER;
  if (/\p{Lu}/u.test(ch)) c |= UPPER;
  if (/\p{N}/u.test(ch)) c |= DIGIT;
  if (c & LETTER) {
    const s: Script = scriptOf(ch);
    if (s === 'Han' || s === 'Kana') c |= CJK;
  }
  if (code >= 0) bmp[code] = c | KNOWN;
  else astral.set(ch, c);
  return c;
}

export function charStats(text: string): CharStats {
  const st: CharStats = { letters: 0, upper: 0, digits: 0, cjk: 0 };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 97 && code <= 122) st.letters++;
      else if (code >= 65 && code <= 90) {
        st.letters++;
        st.upper++;
      } else if (code >= 48 && code <= 57) st.digits++;
      continue;
    }
    let c: number;
    if (code >= 0xd800 && code <= 0xdbff) {
      // Surrogate pairs: classify the whole code point once.
      c = classify(text.slice(i, i + 2));
      i++;
    } else {
      const cached = bmp[code] ?? 0;
      c = cached ? cached & ~KNOWN : classify(text[i] ?? '');
    }
    if (c & LETTER) st.letters++;
    if (c & UPPER) st.upper++;
    if (c & DIGIT) st.digits++;
    if (c & CJK) st.cjk++;
  }
  return st;
}
