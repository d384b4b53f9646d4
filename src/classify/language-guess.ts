import { type Candidate, detectLanguage } from '../lang/detect.js';
import { linesDominantScript, type Script, type ScriptTally } from '../lang/script.js';
import { countedIn, type LineHits, rankByStopwords, type StopCount } from '../lang/stopword-rank.js';
import { stopwordCount, stopwords } from '../lang/stopwords.js';
import { countSpaces } from '../text/words.js';
import type { Block } from '../types.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;
// String.prototype.indexOf called directly in the loops over a line's spaces: see text/words.ts.
const stringIndexOf = String.prototype.indexOf;

// Lines this long are mostly prose even on a messy page: the sample for page-level guesses.
const PROSE_WORDS = 8;
const SAMPLE_CHARS = 1000;

// A run of names or dates (a <select> of months or languages, a tag cloud, a calendar, which
// html2text writes on one line) is no sample of the page's language: in prose, some words begin
// in lowercase or with a letter that has no case.
const MAX_NAME_SHARE = 0.8;
const MIN_NAME_RUN_WORDS = 12;

const NAME_START = /^[^\p{L}]*(?:\p{Lu}|\p{N})/u;
const LETTER = /\p{L}/u;

/** NAME_START.test(w) || !LETTER.test(w), read from the character codes when the word is ASCII. */
function nameLike(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = charCodeAt.call(w, i);
    if (c >= 128) return NAME_START.test(w) || !LETTER.test(w);
    // A digit before the first letter, or a capital first letter: a name; a lowercase one: not.
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return true;
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** Whether a line of `count` space-separated words (count = split(' ').length) is a run of names. */
function nameRun(text: string, count: number): boolean {
  if (count < MIN_NAME_RUN_WORDS) return false;
  // Decided as soon as the other words are too many for a run: prose shows them in a few words.
  const maxOthers = count * (1 - MAX_NAME_SHARE);
  let others = 0;
  for (let start = 0; start <= text.length; ) {
    let end = stringIndexOf.call(text, ' ', start);
    if (end < 0) end = text.length;
    if (!nameLike(text.slice(start, end)) && ++others >= maxOthers) return false;
    start = end + 1;
  }
  return (count - others) / count > MAX_NAME_SHARE;
}

/** Whether a line is a run of names (none has fewer than 12 words), kept per line: the article read again asks for the same lines. */
function isNameRun(text: string, memo: LineMemo): boolean {
  let run = memo.nameRuns.get(text);
  if (run === undefined) {
    run = nameRun(text, countSpaces(text) + 1);
    memo.nameRuns.set(text, run);
  }
  return run;
}

/** The lines of the sample the page's language is guessed from. */
function proseSample(blocks: Block[], memo: LineMemo): string[] {
  const parts: string[] = [];
  let n = 0;
  for (const b of blocks) {
    // A line of 40 characters or more is prose unless it is a run of names, which isNameRun
    // counts itself (once per line); a shorter one needs 8 words, counted only as far as the
    // tests need (a name run has at least 12).
    if (b.text.length >= 40) {
      if (isNameRun(b.text, memo)) continue;
    } else {
      const count = countSpaces(b.text, MIN_NAME_RUN_WORDS) + 1;
      if (count < PROSE_WORDS || (count >= MIN_NAME_RUN_WORDS && isNameRun(b.text, memo))) continue;
    }
    parts.push(b.text);
    n += b.text.length;
    if (n > SAMPLE_CHARS) break;
  }
  return parts.length ? parts : blocks.map((b) => b.text);
}

// A stoplist that covers fewer of the page's words is the wrong one (lorem ipsum, a language
// without a list): then the page is judged by length and punctuation alone, as jusText does
// with stoplist None.
const MIN_COVERAGE = 0.1;
const POOL_SHARE = 0.6;
const POOL_MAX = 3;
const SHORT_LIST = 200;
const CANDIDATES = 5;

const pools = new Map<string, Set<string>>();

/** The union of several languages' stoplists, built once per combination. */
function pooled(langs: string[]): Set<string> {
  const key = langs.join(',');
  let set = pools.get(key);
  if (!set) {
    set = new Set(langs.flatMap((l) => [...stopwords(l)]));
    pools.set(key, set);
  }
  return set;
}

/**
 * What the guess measured in single lines, kept per line text: the article read again (article/
 * reread.ts) opens with lines of its page, and its guess reads them from here.
 */
export interface LineMemo {
  /** What the stopword ranking counted in each line of the samples. */
  hits: LineHits;
  /** scriptTally of each line of the samples. */
  scripts: Map<string, ScriptTally>;
  /** Whether a line of 12 words or more is a run of names (no sample of the language). */
  nameRuns: Map<string, boolean>;
}

export interface PageGuess {
  lang: string;
  /** The best language and its close runners-up, whose phrase lists all apply. */
  related: string[];
  /** Likeliest languages by stopwords (ISO 639-1), best first, to narrow the final detection. */
  candidates: Candidate[];
  /** Share of the sample's words in the stoplist: how dense this language's prose runs in stopwords. */
  coverage: number;
  stop: Set<string>;
  script: Script | null;
  /** The prose lines the guess was made from, and the hint: the same two give the same guess. */
  sample: string;
  hint: string | undefined;
  /** What it measured per line, for the article read again. */
  memo: LineMemo;
  /**
   * The words and stopword hits (of `stop`) that the ranking counted in a line of a sample, when
   * `stop` is one common language's list: features() reads them instead of scanning the line again.
   */
  counted: ((line: string) => StopCount | undefined) | null;
}

/** Page-level language, stoplist and script, from the prose-like lines, before any cleaning. */
export function guessPage(blocks: Block[], hint?: string, previous?: PageGuess): PageGuess {
  // The article read again shares most lines with its page (article/reread.ts).
  const memo = previous?.memo ?? { hits: new Map(), scripts: new Map(), nameRuns: new Map() };
  const lines = proseSample(blocks, memo);
  const sample = lines.join('\n');
  // …and often opens with the same prose lines.
  if (previous && previous.sample === sample && previous.hint === hint) return previous;
  const script = linesDominantScript(lines, memo.scripts);
  const ranked = rankByStopwords(lines, memo.hits);
  let lang = ranked[0] && ranked[0].coverage >= MIN_COVERAGE ? ranked[0].lang : 'und';
  if (script === 'Han') lang = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample) ? 'ja' : 'zh';
  if (hint) lang = detectLanguage('', hint).lang;
  let stop = stopwords(lang);
  let related = [lang];
  const best = ranked[0]?.coverage ?? 0;
  if (script !== 'Han' && !hint) {
    // Close relatives (Ukrainian and Russian, Spanish and Galician) share most function words and
    // some stoplists are short: pool those that cover nearly as much as the best one.
    // Only short lists are pooled: a full English list would make an English cookie banner in
    // a German page look like German prose.
    const close = ranked
      .filter(
        (r) =>
          r.coverage >= best * POOL_SHARE &&
          (r === ranked[0] || stopwordCount(r.lang) < SHORT_LIST || stop.size < SHORT_LIST),
      )
      .slice(0, POOL_MAX);
    stop = close.length > 1 ? pooled(close.map((r) => r.lang)) : stop;
    // (The best-ranked language is usually `lang` itself: counted once, so that a close relative
    // still gets its place.)
    related = [...new Set([lang, ...ranked.filter((r) => r.coverage >= best * POOL_SHARE).map((r) => r.lang)])].slice(
      0,
      POOL_MAX,
    );
    if (best < MIN_COVERAGE) stop = new Set();
  }
  const coverage = script === 'Han' ? 1 : stop.size ? Math.max(best, MIN_COVERAGE) : 0;
  const candidates = ranked.slice(0, CANDIDATES).map((r) => ({ lang: r.lang, coverage: r.coverage }));
  const counted = stop === stopwords(lang) ? countedIn(memo.hits, lang) : null;
  return { lang, related, stop, script, candidates, coverage, sample, hint, memo, counted };
}
