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
const classes = new Map<string, number>();

function classify(ch: string): number {
  let c = classes.get(ch);
  if (c === undefined) {
    c = 0;
    if (/\p{L}/u.test(ch)) c |= LETTER;
    if (/\p{Lu}/u.test(ch)) c |= UPPER;
    if (/\p{N}/u.test(ch)) c |= DIGIT;
    if (c & LETTER) {
      const s: Script = scriptOf(ch);
      if (s === 'Han' || s === 'Kana') c |= CJK;
    }
    classes.set(ch, c);
  }
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
    // Surrogate pairs: classify the whole code point once.
    const ch = code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : text[i];
    if (ch === undefined) continue;
    if (ch.length === 2) i++;
    const c = classify(ch);
    if (c & LETTER) st.letters++;
    if (c & UPPER) st.upper++;
    if (c & DIGIT) st.digits++;
    if (c & CJK) st.cjk++;
  }
  return st;
}
