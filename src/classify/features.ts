import { endsLikeSentence, letterCount, matchKey, wordCount, words } from '../text/words.js';
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

function stopDensity(text: string, stop: Set<string>): number {
  if (stop.size === 0) return 0;
  if (CJK.test(text)) {
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
  const ws = words(text);
  if (ws.length === 0) return 0;
  let hits = 0;
  for (const w of ws) if (stop.has(w.toLowerCase())) hits++;
  return hits / ws.length;
}

export function features(block: Block, stop: Set<string>): Features {
  const { text } = block;
  const letters = letterCount(text);
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const digits = text.match(/\p{N}/gu)?.length ?? 0;
  return {
    words: wordCount(text),
    chars: text.length,
    letters,
    stopDensity: stopDensity(text, stop),
    sentence: endsLikeSentence(text),
    upper: letters ? upper / letters : 0,
    digits: text.length ? digits / text.length : 0,
    key: matchKey(text),
  };
}
