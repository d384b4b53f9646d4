import type { StopCount } from '../lang/stopword-rank.js';
import { CJK_CHAR, NON_ASCII } from '../text/scripts.js';
import { countStopwords } from '../text/word-table.js';
import {
  ALL_CHARS,
  asciiMeasures,
  countAsciiWords,
  countLatinWords,
  endsLikeSentence,
  latinLetters,
  latinText,
  matchKey,
  matchKeyWithLower,
  nonAsciiKey,
  partsToCount,
  type WordParts,
  wordParts,
  words,
} from '../text/words.js';
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
  /** wordCount(text) in its additive parts, so that the article's count is a sum over its lines. */
  counted: WordParts;
  /** The kinds of characters the line holds (text/words.ts CHARS), or ALL_CHARS where not scanned for them. */
  holds: number;
  /**
   * Set by rules whose test reads this line and the phrase book alone, when it found nothing:
   * what it was run against (the page's phrase list for phrasesRule, the book for figuresRule's
   * credits and endMarkersRule's markers). The article read again (article/reread.ts) reuses
   * these features and skips them.
   */
  noPhraseIn: readonly unknown[] | undefined;
  noCreditIn: object | undefined;
  noMarkerIn: object | undefined;
  /** suffixOf(text) once a rule has asked (site-name.ts lineSuffix): several rules and readings ask. */
  suffix: string | null | undefined;
}

const HANGUL = /\p{Script=Hangul}/u;
// Global, so that the second search goes on from the first letter: linear. (/\p{L}.*\p{L}/su
// backtracked over the whole text and overflowed V8's regexp stack on a 10 MB paragraph.)
const LETTERS = /\p{L}/gu;

/** 0, 1, or 2 for two or more letters. */
function letterCount(text: string): 0 | 1 | 2 {
  LETTERS.lastIndex = 0;
  if (!LETTERS.test(text)) return 0;
  return LETTERS.test(text) ? 2 : 1;
}
// Lines shorter than this are never judged by stopword density (quality.ts: SHORT_CHARS_CJK).
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
      if (!CJK_CHAR.test(ch)) continue;
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

/** matchKey(text), cut out of `lower` (text.toLowerCase()) when there is one. */
function lineKey(text: string, lower: string | null, ascii: boolean, latin: boolean): string {
  if (!ascii) return nonAsciiKey(text, lower, latin);
  return lower === null ? matchKey(text) : matchKeyWithLower(text, lower);
}

/**
 * `densityFrom`: the shortest line whose stopword density anyone reads (quality.ts judges shorter
 * lines by length alone), so shorter lines skip the stopword lookups. `stopCounts`: the words and
 * hits of `stop` the page's language guess counted in a line already (its sample's lines).
 */
export function features(
  block: Block,
  stop: Set<string>,
  densityFrom = DENSITY_MIN_CHARS,
  stopCounts: ((line: string) => StopCount | undefined) | null = null,
): Features {
  const { text } = block;
  const needDensity = text.length >= densityFrom && stop.size > 0;
  // Most lines: short ASCII labels, measured in one pass, which also tells whether the line is
  // ASCII (null at its first character beyond): no regex test first.
  const m = needDensity ? null : asciiMeasures(text, KEY_MAX_WORDS);
  if (m) {
    return {
      words: m.words,
      chars: text.length,
      letters: m.letters,
      stopDensity: 0,
      sentence: endsLikeSentence(text),
      key: m.key,
      counted: { plain: m.words, cjk: 0 },
      holds: m.holds,
      noPhraseIn: undefined,
      noCreditIn: undefined,
      noMarkerIn: undefined,
      suffix: undefined,
    };
  }
  const ascii = needDensity && !NON_ASCII.test(text);
  const latin = ascii || latinText(text);
  const cjk = !latin && CJK_CHAR.test(text);
  let n: number;
  let density = 0;
  let counted: WordParts;
  let lower: string | null = null;
  if (cjk) {
    counted = wordParts(text);
    n = partsToCount(counted);
    if (needDensity) density = stopDensity(text, [], true, stop);
  } else {
    const known = needDensity ? stopCounts?.(text) : undefined;
    if (known) {
      n = known.words;
      density = n === 0 ? 0 : known.hits / n;
    } else if (needDensity) {
      // One lowercasing per line (not per word): the words serve counting, stopword lookups
      // and the key.
      lower = text.toLowerCase();
      // Latin text (most lines) is scanned in place; other scripts are cut into words.
      const counted = countStopwords(lower, stop, ascii);
      if (counted) {
        n = counted.words;
        density = n === 0 ? 0 : counted.hits / n;
      } else {
        const ws = words(lower);
        n = ws.length;
        density = stopDensity(text, ws, false, stop);
      }
    } else if (ascii) n = countAsciiWords(text);
    // countWords(text), without its tests of what is known here already.
    else n = latin ? countLatinWords(text) : words(text).length;
    // Lowercasing keeps word boundaries, so this is wordCount(text) unless Hangul is counted by characters.
    counted = !latin && HANGUL.test(text) ? wordParts(text) : { plain: n, cjk: 0 };
  }
  return {
    words: n,
    chars: text.length,
    letters: latin ? latinLetters(text, 2) : letterCount(text),
    stopDensity: density,
    sentence: endsLikeSentence(text),
    // Keys serve whole-line matching (labels, duplicates, alts): paragraphs never need one.
    key: n > KEY_MAX_WORDS ? '' : lineKey(text, lower, ascii, latin),
    counted,
    holds: ALL_CHARS,
    noPhraseIn: undefined,
    noCreditIn: undefined,
    noMarkerIn: undefined,
    suffix: undefined,
  };
}
