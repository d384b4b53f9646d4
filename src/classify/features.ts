import { charStats } from '../text/chars.js';
import { endsLikeSentence, matchKey, wordCount, words } from '../text/words.js';
import type { Block } from '../types.js';

/** Measures of one block that the rules read; computed once per block. */
export interface Features {
  words: number;
  chars: number;
  letters: number;
  /** Share of the block's words that are stopwords of the article's language (0 when unknown). */
  stopDensity: number;
  sentence: boolean;
  /** Share of letters that are uppercase (0–1). */
  upper: number;
  /** Share of characters that are digits. */
  digits: number;
  key: string;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// The shortest line quality() judges by stopword density (CJK lines are shorter: 18 characters).
const DENSITY_MIN_CHARS = 18;
// Longer than any label, alt text or repeated teaser the rules compare by key.
const KEY_MAX_WORDS = 60;

function stopDensity(text: string, ws: string[], cjk: boolean, stop: Set<string>): number {
  if (stop.size === 0) return 0;
  if (cjk) {
    // No spaces to split on: count single-character function words (的, 了, の, は…).
    let chars = 0;
    let hits = 0;
    for (const ch of text) {
      if (!CJK.test(ch)) continue;
      chars++;
      if (stop.has(ch)) hits++;
    }
    return chars ? hits / chars : 0;
  }
  if (ws.length === 0) return 0;
  let hits = 0;
  for (const w of ws) if (stop.has(w.toLowerCase())) hits++;
  return hits / ws.length;
}

export function features(block: Block, stop: Set<string>): Features {
  const { text } = block;
  const st = charStats(text);
  const ws = words(text);
  const cjk = st.cjk > 0;
  const n = cjk ? wordCount(text) : ws.length;
  return {
    words: n,
    chars: text.length,
    letters: st.letters,
    // Only lines long enough to be judged by it need the density (see quality.ts).
    stopDensity: text.length >= DENSITY_MIN_CHARS ? stopDensity(text, ws, cjk, stop) : 0,
    sentence: endsLikeSentence(text),
    upper: st.letters ? st.upper / st.letters : 0,
    digits: text.length ? st.digits / text.length : 0,
    // Keys serve whole-line matching (labels, duplicates, alts): paragraphs never need one.
    key: n <= KEY_MAX_WORDS ? matchKey(text) : '',
  };
}
