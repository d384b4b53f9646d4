import { scanLatinWords, WordTable } from '../text/word-table.js';
import { latinText, words } from '../text/words.js';
import { cachedLanguageMasks, stopwordCount, stopwordLanguages, stopwords } from './stopwords.js';

// Enough words to tell languages apart by their function words, few enough to stay cheap
// (58 lists × this many lookups per page).
const SAMPLE_WORDS = 250;

export interface LanguageScore {
  /** ISO 639-1, as stopwords-iso names its lists. */
  lang: string;
  /** Share of the sample's words that are in this language's stoplist. */
  coverage: number;
  score: number;
}

/**
 * What rankCommonLatin counted in one line of a sample: [words, then the stopword hits of each
 * common language]. Kept per line text, so that the article read again, whose sample shares
 * most lines with its page's, scans only the lines it does not share.
 */
export type LineHits = Map<string, readonly number[]>;

/**
 * Languages ranked by how many of the text's words are their stopwords: a cheap first guess
 * that picks the stoplist and narrows the candidates franc has to compare. The text is `lines`
 * joined by newlines (no word spans one); `memo` holds the lines' counts across calls.
 */
export function rankByStopwords(lines: readonly string[], memo: LineHits = new Map()): LanguageScore[] {
  const lowers: (string | undefined)[] = new Array(lines.length);
  const lowerAt = (k: number): string => {
    lowers[k] ??= (lines[k] ?? '').toLowerCase();
    return lowers[k];
  };
  let ws: string[] | undefined;
  const sample = (): string[] => {
    ws ??= words(lines.map((_, k) => lowerAt(k)).join('\n')).slice(0, SAMPLE_WORDS);
    return ws;
  };
  // The widely used languages first: building all 58 sets costs ~15 ms at start-up, and the
  // rest is needed only when none of these fits. Latin text is scanned without cutting it, once
  // enough pages have been ranked to repay building the table (a few ms: the CLI's start-up on
  // one page does not). A line in the memo was scanned so: it is Latin.
  const scan = ++rankedPages > PAGES_BEFORE_TABLE && lines.every((l, k) => memo.has(l) || latinText(lowerAt(k)));
  const first = scan ? rankCommonLatin(lines, lowerAt, memo) : sample().length ? rankCommon(sample()) : null;
  if (first === null) return [];
  if ((first[0]?.coverage ?? 0) >= COMMON_ENOUGH) return first;
  return rank(sample(), stopwordLanguages());
}

/** Words of a line and how many of them are in one stoplist. */
export interface StopCount {
  words: number;
  hits: number;
}

/**
 * What the ranking counted of one common language's stoplist (stopwords(lang)) in the lines it read
 * whole: each line's words and its hits of that list, as countStopwords(line.toLowerCase(),
 * stopwords(lang)) counts them. null for a language outside the common ones.
 */
export function countedIn(memo: LineHits, lang: string): ((line: string) => StopCount | undefined) | null {
  const at = COMMON.indexOf(lang);
  if (at < 0) return null;
  return (line) => {
    const counted = memo.get(line);
    return counted && { words: counted[0] ?? 0, hits: counted[at + 1] ?? 0 };
  };
}

const PAGES_BEFORE_TABLE = 4;
let rankedPages = 0;

// The common languages' stoplists merged into one map, word → bit mask of languages (26 fit in
// 32 bits): one lookup per word instead of one per word and language.
let commonMasks: Map<string, number> | undefined;

/** The common languages' word → mask map (from the build's cache when there is one). */
export function commonLanguageMasks(): Map<string, number> {
  return masks();
}

export { COMMON as COMMON_LANGUAGES };

function masks(): Map<string, number> {
  commonMasks ??= cachedLanguageMasks(COMMON);
  if (!commonMasks) {
    commonMasks = new Map();
    COMMON.forEach((lang, bit) => {
      for (const w of stopwords(lang)) commonMasks?.set(w, (commonMasks.get(w) ?? 0) | (1 << bit));
    });
  }
  return commonMasks;
}

let commonTable: { table: WordTable; masks: Int32Array } | undefined;

/** The common languages' word → mask map as a WordTable and its index → mask, built once. */
function maskTable(): { table: WordTable; masks: Int32Array } {
  if (!commonTable) {
    const map = masks();
    const table = new WordTable(map.keys());
    commonTable = { table, masks: Int32Array.from(table.list(), (w) => map.get(w) ?? 0) };
  }
  return commonTable;
}

/** Adds one hit to each language in the mask (language `bit` counted at hits[bit + at]). */
function addHits(hits: number[], mask: number, at = 0): void {
  let m = mask;
  while (m) {
    const bit = 31 - Math.clz32(m);
    hits[bit + at] = (hits[bit + at] ?? 0) + 1;
    m &= ~(1 << bit);
  }
}

/**
 * rankCommon over the first SAMPLE_WORDS words of latinText() lines, scanned in place (a line
 * counted whole before is added from the memo); null when they have no word.
 */
function rankCommonLatin(
  lines: readonly string[],
  lowerAt: (k: number) => string,
  memo: LineHits,
): LanguageScore[] | null {
  const { table, masks } = maskTable();
  const hits = new Array<number>(COMMON.length).fill(0);
  let n = 0;
  for (let k = 0; k < lines.length && n < SAMPLE_WORDS; k++) {
    const line = lines[k] ?? '';
    let counted = memo.get(line);
    if (counted === undefined || n + (counted[0] ?? 0) > SAMPLE_WORDS) {
      // A plain array: an Int32Array of this length is allocated outside the heap, at about a
      // microsecond each, more than scanning a short line.
      const lineHits = new Array<number>(COMMON.length + 1).fill(0);
      const max = SAMPLE_WORDS - n;
      lineHits[0] = scanLatinWords(lowerAt(k), table, max, (i) => {
        if (i >= 0) addHits(lineHits, masks[i] ?? 0, 1);
      });
      // Fewer words than asked for: the line was read to its end.
      if ((lineHits[0] ?? 0) < max) memo.set(line, lineHits);
      counted = lineHits;
    }
    n += counted[0] ?? 0;
    for (let l = 0; l < COMMON.length; l++) hits[l] = (hits[l] ?? 0) + (counted[l + 1] ?? 0);
  }
  return n === 0 ? null : scores(n, COMMON, hits);
}

function rankCommon(ws: string[]): LanguageScore[] {
  const map = masks();
  const hits = new Array<number>(COMMON.length).fill(0);
  for (const w of ws) addHits(hits, map.get(w) ?? 0);
  return scores(ws.length, COMMON, hits);
}

function scores(total: number, langs: string[], hits: number[]): LanguageScore[] {
  const out: LanguageScore[] = [];
  langs.forEach((lang, i) => {
    const h = hits[i] ?? 0;
    if (h === 0) return;
    const coverage = h / total;
    out.push({ lang, coverage, score: coverage / sizeWeight(lang) });
  });
  return out.sort((a, b) => b.score - a.score);
}

const sizeWeights = new Map<string, number>();

/** Long lists match more by chance: scores are divided by this, which grows gently with the list's size. */
function sizeWeight(lang: string): number {
  let w = sizeWeights.get(lang);
  if (w === undefined) {
    w = Math.log10(10 + stopwordCount(lang) / 100);
    sizeWeights.set(lang, w);
  }
  return w;
}

// Languages of most scraped news (and of the bundled phrase files), with their close relatives.
const COMMON = [
  'en',
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'ru',
  'uk',
  'bg',
  'pl',
  'cs',
  'sk',
  'tr',
  'ar',
  'fa',
  'fi',
  'sv',
  'da',
  'no',
  'ro',
  'ca',
  'gl',
  'hu',
  'id',
  'ms',
];
const COMMON_ENOUGH = 0.15;

function rank(ws: string[], langs: string[]): LanguageScore[] {
  const index = languageIndex(langs);
  if (!index) {
    const hits = langs.map((lang) => {
      const set = stopwords(lang);
      let n = 0;
      for (const w of ws) if (set.has(w)) n++;
      return n;
    });
    return scores(ws.length, langs, hits);
  }
  const hits = new Array<number>(langs.length).fill(0);
  for (const w of ws) for (const l of index.get(w) ?? []) hits[l] = (hits[l] ?? 0) + 1;
  return scores(ws.length, langs, hits);
}

// The full ranking looked each word up in every language's list (58 sets per word). Once it has
// run a few times (building the map costs milliseconds, more than one page's lookups), one map
// from a word to the languages listing it answers with one lookup per word.
const RANKS_BEFORE_INDEX = 2;
const languageIndexes = new Map<string, { uses: number; index: Map<string, number[]> | null }>();

/** Word → indexes in `langs` of the languages whose stoplists have it; null until it repays building. */
function languageIndex(langs: readonly string[]): Map<string, number[]> | null {
  const key = langs.join(',');
  let entry = languageIndexes.get(key);
  if (!entry) {
    entry = { uses: 0, index: null };
    languageIndexes.set(key, entry);
  }
  if (!entry.index && ++entry.uses > RANKS_BEFORE_INDEX) {
    const index = new Map<string, number[]>();
    langs.forEach((lang, l) => {
      for (const w of stopwords(lang)) {
        const ls = index.get(w);
        if (ls) ls.push(l);
        else index.set(w, [l]);
      }
    });
    entry.index = index;
  }
  return entry.index;
}
