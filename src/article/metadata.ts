import type { Classification } from '../classify/classify.js';
import type { PhraseBook } from '../data/phrase-book.js';
import { prefixSetOf } from '../text/prefixes.js';
import { isSpace, wordCount } from '../text/words.js';
import type { ClassifiedBlock } from '../types.js';
import { asSet, labelledName, looksLikeName, parseByline, unglueBy } from './byline.js';
import { parseDate, parseDateLine } from './date.js';
import { blockWords, endsWithStop } from './words.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

// Byline and date stand between the headline and the body, or among the body's first lines.
const BEFORE = 20;
// Counted in kept lines, not all lines: the same article cleaned again (without the dropped
// lines between its paragraphs) must find the same metadata lines.
const AFTER = 4;
const MAX_WORDS = 16;
// Bullets of every kind: middle dot, bullet, dot operator, bullet operator.
const SEGMENTED = /\s[|⋅·•∙]\s/u;
const SEGMENTS = /\s*[|⋅·•∙]\s*/u;
// Once the date is removed, a date line has at most this many words left ("Updated", "Uhr"…).
const DATE_LINE_REST = 4;

export interface Metadata {
  byline: string | null;
  published: string | null;
}

/** Takes a line out of the body as the article's title, byline or date, with the reason. */
export function claim(b: ClassifiedBlock, role: 'title' | 'byline' | 'date', reason: string): void {
  b.keep = false;
  b.role = role;
  b.rule = `metadata:${role}`;
  b.reason = reason;
}

/** A line that is only a date (and time, and a word like "Updated"), not a sentence with one. */
function isDateLine(text: string, date: string | null, prefixes: string[]): boolean {
  if (!date) return false;
  const lower = text.toLowerCase();
  if (prefixes.some((p) => lower.startsWith(p))) return true;
  const rest = text.replace(/[\p{N}.,:/\-–|()]+/gu, ' ').trim();
  return wordCount(rest) <= DATE_LINE_REST;
}

/**
 * Finds the byline and publication date near the start of the body and marks their lines as
 * metadata, so that neither the body nor the title finder takes them.
 */
export function claimMetadata(cls: Classification, book: PhraseBook): Metadata {
  const out: Metadata = { byline: null, published: null };
  if (!cls.region) return out;
  const monthFirst = cls.lang === 'en';
  const from = Math.max(0, cls.region.start - BEFORE);
  const dateLines: number[] = [];
  // Up to the fifth body line that stays in the body (claimed lines do not count: the output
  // cleaned again no longer has them).
  let kept = 0;
  for (let i = from; i < cls.blocks.length && kept <= AFTER; i++) {
    const b = cls.blocks[i];
    const inBody = b?.keep === true && i >= cls.region.start;
    if (inBody) kept++;
    if (!b || blockWords(cls, i) > MAX_WORDS) continue;
    // Kept sentences are body text even if they start with "By" or hold a date.
    if (b.keep && endsWithStop(b.text) && blockWords(cls, i) > 6) continue;
    if (b.role === 'caption' || b.role === 'title') continue;
    // A credit line is no byline, unless it reads as one: "Von Jane Roe, dpa" under "Quelle:
    // dpa-AFX" looks to the figure rules like the credit's next line.
    // A headline that begins like a byline ("Von Sprachregeln, Gender-Politik und …") is none.
    const headline = b.html?.kind === 'heading' && b.html.level <= 2;
    // Parsed once for both questions.
    const byline = b.role === 'credit' || !headline ? parseByline(b.text, book.bylinePrefixes) : null;
    if (b.role === 'credit' && !byline) continue;
    const date = parseDate(b.text, monthFirst);
    let name = headline ? null : byline;
    const next = cls.blocks[i + 1];
    const label = !name && !headline && next ? labelledName(b.text, next.text, book.bylinePrefixes) : null;
    if (label && next) {
      // The name's own line goes with its label.
      name = label;
      claim(next, 'byline', 'the author line');
    }
    // "Home | By Jane Roe | 30 September 2018", "⋅ November 22, 2011 ⋅ Email this post": a line of
    // segments, one of them the byline or the date.
    let dateSegment = false;
    if (!name && !headline && date && SEGMENTED.test(b.text)) {
      for (const seg of b.text.split(SEGMENTS)) {
        name ??= parseByline(seg, book.bylinePrefixes);
        dateSegment ||= isDateLine(seg, parseDate(seg, monthFirst), book.datePrefixes);
      }
    }
    if (name) {
      out.byline ??= name;
      // "Von: Jane Roe | 31.10.23": the byline line's date may have a two-digit year.
      const lineDate = date ?? parseDateLine(b.text, monthFirst);
      if (lineDate) out.published ??= lineDate;
      claim(b, 'byline', 'the author line');
      if (inBody) kept--;
    } else if (dateSegment || isDateLine(b.text, date, book.datePrefixes)) {
      out.published ??= date;
      dateLines.push(i);
      claim(b, 'date', 'a publication or update date');
      if (inBody) kept--;
    }
  }
  // A bare name next to the date line ("Katarzyna Nowak" / "12 marca 2024") is the byline, or
  // closing it ("04.02.2022 | 13:10 Uhr | Anna Beispiel").
  if (!out.byline) {
    for (const d of dateLines) {
      const last = cls.blocks[d]?.text.split(/\s+[|⋅·•∙]\s+/u).at(-1) ?? '';
      if (last !== cls.blocks[d]?.text && bareName(last)) {
        out.byline = unglueBy(last, book.bylinePrefixes);
        return out;
      }
    }
    for (const d of dateLines) {
      for (const j of [d - 1, d + 1]) {
        const b = cls.blocks[j];
        if (!b || b.role === 'date' || b.role === 'byline' || b.role === 'title') continue;
        if (bareName(b.text)) {
          out.byline = unglueBy(b.text, book.bylinePrefixes);
          claim(b, 'byline', 'a name beside the date line');
          return out;
        }
      }
    }
  }
  return out;
}

/** Two to four words that look like a name, without digits or sentence punctuation. */
export function bareName(text: string): boolean {
  const n = text.split(/\s+/).length;
  return n >= 2 && n <= 4 && !/[.!?:\d]/.test(text) && looksLikeName(text) && /\p{Lu}/u.test(text);
}

/**
 * Whether the line is a byline label alone ("By", "Autor:"): its text lowercased, without
 * trailing spaces and colons, is in `labels`. Lines longer than the longest label are none, and
 * are not lowercased (lowercasing never shortens a text, nor changes spaces and colons).
 */
function isBylineLabel(text: string, labels: ReadonlySet<string>, longest: number): boolean {
  let end = text.length;
  while (end > 0 && (isSpace(charCodeAt.call(text, end - 1)) || charCodeAt.call(text, end - 1) === 0x3a)) end--;
  return end <= longest && labels.has(text.slice(0, end).toLowerCase());
}

/**
 * Date lines ("Updated Nov. 19, 2019 8:21 am ET") and a bare "By" (its name was a link the markup
 * dropped) anywhere in the kept text: page furniture, not article sentences. Returns the first
 * such date (a signature's "Jane 10 September 2017" under the body dates it when nothing else does).
 */
export function claimStrayMetadata(cls: Classification, book: PhraseBook): string | null {
  const monthFirst = cls.lang === 'en';
  let first: string | null = null;
  const labels = asSet(book.bylinePrefixes);
  const longest = prefixSetOf(book.bylinePrefixes).maxLength;
  cls.blocks.forEach((b, i) => {
    if (!b.keep || b.role === 'title' || blockWords(cls, i) > MAX_WORDS) return;
    if (isBylineLabel(b.text, labels, longest)) {
      claim(b, 'byline', 'a byline label whose name is not in the text');
      return;
    }
    if (endsWithStop(b.text) && blockWords(cls, i) > 6) return;
    // "— Jane Roe (@jroe) November 18, 2019": the signature of a quoted post, part of the article.
    if (b.text.includes('(@')) return;
    const date = parseDate(b.text, monthFirst);
    if (isDateLine(b.text, date, book.datePrefixes)) {
      claim(b, 'date', 'a publication or update date');
      first ??= date;
    }
  });
  return first;
}
