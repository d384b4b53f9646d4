import { endsLikeSentence, matchKey, wordCount, words } from '../text/words.js';
import type { Block } from '../types.js';

/** Measures of one block that the rules read; computed once per block. */
export interface Features {
  words: number;
  chars: number;
  /** Letters in the block, counted up to 2: the rules only ask for none, one, or several. */
  letters: number;
  /** Share of the block's words that are stopwords of the article's language (0 when unknown). */
  stopDensity: number;
  sentence: boolean;
  key: string;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Global, so that the second search goes on from the first letter: linear. (/\p{L}.*\p{L}/su
// backtracked over the whole text and overflowed V8's regexp stack on a 10 MB paragraph.)
const LETTERS = /\p{L}/gu;

/** 0, 1, or 2 for two or more letters. */
function letterCount(text: string): 0 | 1 | 2 {
  LETTERS.lastIndex = 0;
  if (!LETTERS.test(text)) return 0;
  return LETTERS.test(text) ? 2 : 1;
}
// The shortest line quality() judges by stopword density (CJK lines are shorter: 18 characters).
const DENSITY_MIN_CHARS = 18;
// Longer than any label, alt text or repeated teaser the rules compare by key.
const KEY_MAX_WORDS = 60;

function stopDensity(text: string, lowerWords: string[], cjk: boolean, stop: Set<string>): number {
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
  if (lowerWords.length === 0) return 0;
  let hits = 0;
  for (const w of lowerWords) if (stop.has(w)) hits++;
  return hits / lowerWords.length;
}

export function features(block: Block, stop: Set<string>): Features {
  const { text } = block;
  const cjk = CJK.test(text);
  // One lowercasing per line (not per word): the words serve counting and stopword lookups.
  const ws = words(text.toLowerCase());
  const n = cjk ? wordCount(text) : ws.length;
  return {
    words: n,
    chars: text.length,
    letters: letterCount(text),
    // Only lines long enough to be judged by it need the density (see quality.ts).
    stopDensity: text.length >= DENSITY_MIN_CHARS ? stopDensity(text, ws, cjk, stop) : 0,
    sentence: endsLikeSentence(text),
    // Keys serve whole-line matching (labels, duplicates, alts): paragraphs never need one.
    key: n <= KEY_MAX_WORDS ? matchKey(text) : '',
  };
}
