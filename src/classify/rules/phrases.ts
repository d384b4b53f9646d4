import { BitSet } from '../../text/bit-set.js';
import { type FilteredKeys, filtered } from '../../text/key-filter.js';
import { memoByIdentity } from '../../text/memo.js';
import { CJK_CHAR, NON_ASCII } from '../../text/scripts.js';
import { hashSpan, WordTable } from '../../text/word-table.js';
import { CHARS, headlineLike, matchKey, trimTokenEnd } from '../../text/words.js';
import { type Context, drop, undecided } from '../context.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;
// String.prototype.indexOf called directly in the loops over a line's spaces: see text/words.ts.
const stringIndexOf = String.prototype.indexOf;

// A prompt inside a longer line ("Sign up for our newsletter to get…") is matched only in lines
// this short; beyond it, a phrase is more likely quoted in real reporting.
const CONTAINS_MAX_WORDS = 25;
const GLUED_MAX_WORDS = 8;

/** Splits UI labels that a scraper glued together: "SubscribeSign In" → ["Subscribe", "Sign In"]. */
export function splitGlued(text: string): string[] {
  return text
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1\u0000$2')
    .split(/\u0000|\s*[|•·]\s*/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

type Phrase = { phrase: string; category: string };

/** Phrases indexed by their first word, so a line is checked against only a few of them. */
interface PhraseIndex {
  byFirstWord: Map<string, Phrase[]>;
  /** The same, looked up by a token's span of the line (no slice): first word's index → phrases. */
  firstWords: WordTable;
  lists: Phrase[][];
  /** A bit per signature() of every first word: most tokens of a line are ruled out without a string lookup. */
  signatures: BitSet;
  /** CJK phrases: no spaces to index on, scanned in lines that have CJK characters. */
  unspaced: Phrase[];
}

const indexes = new WeakMap<Phrase[], PhraseIndex>();

function indexOf(phrases: Phrase[]): PhraseIndex {
  let idx = indexes.get(phrases);
  if (!idx) {
    const byFirstWord = new Map<string, Phrase[]>();
    idx = {
      byFirstWord,
      firstWords: new WordTable([]),
      lists: [],
      signatures: new BitSet(SIGNATURES),
      unspaced: [],
    };
    for (const p of phrases) {
      if (CJK_CHAR.test(p.phrase)) {
        idx.unspaced.push(p);
        continue;
      }
      const first = p.phrase.split(' ')[0] ?? '';
      const list = idx.byFirstWord.get(first) ?? [];
      list.push(p);
      idx.byFirstWord.set(first, list);
      idx.signatures.add(signature(first, 0, first.length));
    }
    idx.firstWords = new WordTable(byFirstWord.keys());
    idx.lists = idx.firstWords.list().map((w) => byFirstWord.get(w) ?? []);
    indexes.set(phrases, idx);
  }
  return idx;
}

const SIGNATURES = 1 << 16;

/** The first two characters and the length of text[from, to), hashed to 16 bits. */
const signature = (text: string, from: number, to: number): number =>
  (((charCodeAt.call(text, from) & 0xff) << 8) ^
    ((to - from > 1 ? charCodeAt.call(text, from + 1) : 0) << 4) ^
    Math.min(to - from, 63)) &
  (SIGNATURES - 1);

const WORDISH = /[\p{L}\p{N}]/u;

/** The phrases whose first word is text[from, to), looked up without cutting it out. */
function firstWordAt(idx: PhraseIndex, text: string, from: number, to: number): Phrase[] | undefined {
  if (!idx.signatures.has(signature(text, from, to))) return undefined;
  const at = idx.firstWords.find(text, from, to, hashSpan(text, from, to));
  return at >= 0 ? idx.lists[at] : undefined;
}

/**
 * Where trimTokenEnd() would cut text[from, to), read back over ASCII punctuation; -1 when it
 * reaches a character outside ASCII first (then trimTokenEnd decides).
 */
function asciiTokenEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from) {
    const c = charCodeAt.call(text, end - 1);
    if (c >= 128) return -1;
    const l = c | 32;
    if ((l >= 97 && l <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45) break;
    end--;
  }
  return end;
}

/** The first phrase of the index that occurs in `key` at word boundaries. */
function findPhrase(key: string, idx: PhraseIndex): Phrase | undefined {
  // Token by token (split(' ') without the array).
  for (let offset = 0; offset <= key.length; ) {
    let end = stringIndexOf.call(key, ' ', offset);
    if (end < 0) end = key.length;
    // A token may carry punctuation ("newsletter:"), so try it with and without.
    const last = charCodeAt.call(key, end - 1);
    const plain = end > offset && ((last >= 97 && last <= 122) || last > 127);
    let list: Phrase[] | undefined;
    if (plain) list = firstWordAt(idx, key, offset, end);
    else {
      // ASCII punctuation is trimmed in place (most such tokens: "said.", "2019,"); other
      // endings as trimTokenEnd() reads them.
      const bare = asciiTokenEnd(key, offset, end);
      if (bare >= 0)
        list = firstWordAt(idx, key, offset, bare) ?? (bare === end ? undefined : firstWordAt(idx, key, offset, end));
      else {
        const token = key.slice(offset, end);
        const trimmed = trimTokenEnd(token);
        list = idx.byFirstWord.get(trimmed) ?? (trimmed === token ? undefined : idx.byFirstWord.get(token));
      }
    }
    if (list !== undefined) {
      for (const p of list) {
        if (key.startsWith(p.phrase, offset) && !WORDISH.test(key[offset + p.phrase.length] ?? '')) return p;
      }
    }
    offset = end + 1;
  }
  if (idx.unspaced.length && CJK_CHAR.test(key)) return idx.unspaced.find((p) => key.includes(p.phrase));
  return undefined;
}

/** Length of the longest whole-line label: longer lines need no lookup. */
const longestLabel = memoByIdentity((lines: Map<string, string>): number => {
  let n = 0;
  for (const k of lines.keys()) n = Math.max(n, k.length);
  return n;
});

/** A lowercase letter before an uppercase one, or a separator: the same test, in ASCII where it can be. */
function mayBeGlued(text: string, holds: number): boolean {
  if ((holds & CHARS.nonAscii) !== 0)
    return NON_ASCII.test(text) ? /\p{Ll}\p{Lu}|[|•·]/u.test(text) : /[a-z][A-Z]|\|/.test(text);
  // ASCII: both cases, or a bar, or no need to look.
  const cased = CHARS.lower | CHARS.upper;
  return ((holds & cased) === cased || (holds & CHARS.pipe) !== 0) && /[a-z][A-Z]|\|/.test(text);
}

export function phrasesRule(ctx: Context): void {
  const { lines } = ctx.book;
  const maxLabel = longestLabel(lines);
  const labels = filtered(lines);
  const phrases = indexOf(ctx.containsPhrases);
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i)) return;
    const f = ctx.feats[i];
    if (!f?.key || f.noPhraseIn === ctx.containsPhrases) return;
    const whole = f.key.length <= maxLabel ? labels.get(f.key) : undefined;
    if (whole) {
      drop(ctx, i, `phrase:${whole}`, `the whole line is a known ${whole} label`);
      return;
    }
    if (f.words > CONTAINS_MAX_WORDS) {
      f.noPhraseIn = ctx.containsPhrases;
      return;
    }
    // Glued labels are a few words at most ("SubscribeSign In"); longer lines skip the scan.
    const parts = f.words <= GLUED_MAX_WORDS && mayBeGlued(b.text, f.holds) ? splitGlued(b.text) : [];
    if (parts.length > 1) {
      const cats = parts.map((p) => lines.get(matchKey(p)));
      if (cats.every(Boolean)) {
        drop(ctx, i, `phrase:${cats[0]}`, `glued UI labels: ${parts.join(' + ')}`);
        return;
      }
    }
    const hit = findPhrase(f.key, phrases);
    if (hit) drop(ctx, i, `phrase:${hit.category}`, `a short line with the ${hit.category} prompt "${hit.phrase}"`);
    else f.noPhraseIn = ctx.containsPhrases;
  });
}

/** "There are 13 comments", "Комментарии 7", "12 Kommentare": a count of comments. */
function isCommentCount(labels: FilteredKeys<string>, text: string, words: number, holds: number): boolean {
  if (words > 6 || (holds & CHARS.digit) === 0 || !/\d/.test(text)) return false;
  return text.split(/[\s\d()[\]:.,]+/u).some((w) => w.length > 2 && labels.get(matchKey(w)) === 'comments');
}

// "More from The Times", "More in Minnesota Wild", "Mehr zum Thema Bundestag": a marker of two
// words or more that opens a heading naming the site, section or topic. Not a link ("Mehr Artikel
// von Konrad →") nor a sentence.
const MARKER_NAME_MAX_WORDS = 5;

/** The first words of the end markers of two words or more. */
const openersOf = memoByIdentity((markers: ReadonlySet<string>): Set<string> => {
  const firsts = new Set<string>();
  for (const m of markers) {
    const space = m.indexOf(' ');
    if (space >= 0) firsts.add(m.slice(0, space));
  }
  return firsts;
});

function markerWithName(
  markers: FilteredKeys,
  openers: FilteredKeys,
  text: string,
  key: string,
  sentence: boolean,
  holds: number,
): boolean {
  const marks = CHARS.colon | CHARS.stop | CHARS.nonAscii;
  if (sentence || ((holds & marks) !== 0 && /[:：.!?→»›>]/u.test(text))) return false;
  // Such a marker opens with the key's first word: most lines' is no marker's.
  const first = key.indexOf(' ');
  if (first < 0 || !openers.hasPrefix(key, first)) return false;
  // The key's first n words are the text before its n-th space.
  const spaces: number[] = [];
  for (let i = stringIndexOf.call(key, ' '); i >= 0; i = stringIndexOf.call(key, ' ', i + 1)) spaces.push(i);
  const parts = spaces.length + 1;
  for (let n = Math.min(parts - 1, 4); n >= 2; n--) {
    if (parts - n > MARKER_NAME_MAX_WORDS) break;
    if (markers.hasPrefix(key, spaces[n - 1] ?? key.length)) return true;
  }
  return false;
}

// WordPress and similar themes head the comments with a count and the post's title in quotes:
// "2 thoughts on “Title”", "3 Gedanken zu „Titel“", "2 réponses à « Titre »". Matched by shape
// (count, one or two words, a short preposition, an opening quote), so no language's words live
// in code; no Unicode classes, which cost start-up time to compile.
const COUNT_ON_TITLE = /^\d+\s+[^\s\d]+(?:\s+[^\s\d]+)?\s+[^\s\d]{1,4}\s+["“”„«‚‘'»]/;

const COMMENT_HEADER_MAX_WORDS = 30;

function isCommentHeader(text: string, words: number, holds: number): boolean {
  return words <= COMMENT_HEADER_MAX_WORDS && (holds & CHARS.digit) !== 0 && COUNT_ON_TITLE.test(text);
}

/**
 * "Related articles", "Comments", "Most read": after enough content, the article ends here. But
 * "Read also:" followed by one headline and then more prose is a teaser inside the article:
 * the marker and its headline go, and the article goes on.
 */
export function endMarkersRule(ctx: Context): void {
  const markers = filtered(ctx.book.endMarkers);
  const openers = filtered(openersOf(ctx.book.endMarkers));
  const labels = filtered(ctx.book.lines);
  ctx.blocks.forEach((b, i) => {
    const f = ctx.feats[i];
    if (!f || !undecided(ctx, i) || f.noMarkerIn === ctx.book) return;
    if (isCommentHeader(b.text, f.words, f.holds)) {
      ctx.barriers.add(i);
      drop(ctx, i, 'end-marker', `"${b.text}" heads the readers' comments`);
      return;
    }
    const count = f.words <= 8 && isCommentCount(labels, b.text, f.words, f.holds);
    if (
      f.words > 8 ||
      (!markers.has(f.key) && !markerWithName(markers, openers, b.text, f.key, f.sentence, f.holds) && !count)
    ) {
      f.noMarkerIn = ctx.book;
      return;
    }
    const comments = ctx.book.lines.get(f.key) === 'comments' || count;
    const next = ctx.blocks[i + 1];
    const nf = ctx.feats[i + 1];
    // Real prose must follow: a sentence, not another headline of a related list.
    const prose = (j: number) =>
      ctx.qualities[j] === 'good' || (ctx.qualities[j] === 'near' && !!ctx.feats[j]?.sentence);
    if (!comments && next && nf && headlineLike(next.text, nf.words, nf.sentence) && (prose(i + 2) || prose(i + 3))) {
      drop(ctx, i, 'teaser', `"${b.text}" introduces a related article inside the text`);
      drop(ctx, i + 1, 'teaser-headline', 'headline of a related article, after its marker');
      return;
    }
    ctx.barriers.add(i);
    drop(ctx, i, 'end-marker', `"${b.text}" starts what follows an article`);
  });
}
