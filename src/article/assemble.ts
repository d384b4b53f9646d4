import type { Classification } from '../classify/classify.js';
import { placedAnd } from '../classify/rule-kinds.js';
import type { PhraseBook } from '../data/phrase-book.js';
import { detectLanguage } from '../lang/detect.js';
import { toIso3 } from '../lang/iso639.js';
import { inUtc } from '../text/time-zone.js';
import { endsLikeSentence, wordCount } from '../text/words.js';
import type { Article, DeclaredMetadata, Removal, SourceInfo } from '../types.js';
import { type AuthorBox, authorBox, chooseByline } from './author.js';
import { isMonthWord, parseDate } from './date.js';
import { chooseDate } from './date-choice.js';
import { headlineDate, labelledDate } from './date-fallbacks.js';
import { declaredDate, declaredTitle, markedDate, reconcileLang, siteFromTitle, urlDate } from './declared.js';
import { claim, claimMetadata, claimStrayMetadata } from './metadata.js';
import { commentsOf, setLazyStructure, structureOf } from './structure.js';
import { findTitle, readsAsTitle, stripSiteName } from './title.js';
import { blockWords, textWords } from './words.js';

// The standfirst: a full sentence right under the headline, which metadata and a photo often
// separate from the body.
const LEAD_MIN_WORDS = 8;

function keepLead(cls: Classification, titleAt: number): void {
  const b = cls.blocks[titleAt + 1];
  if (!b || b.keep || b.rule !== 'outside-article') return;
  // A subtitle in an HTML heading under the headline is the standfirst even without a full stop.
  const subtitle = b.html?.kind === 'heading' && (b.html.level ?? 0) > 1;
  if (!(subtitle || /[.!?。！？؟]["'”»]?$/u.test(b.text)) || blockWords(cls, titleAt + 1) < LEAD_MIN_WORDS) return;
  b.keep = true;
  b.role = 'paragraph';
  b.rule = 'content:lead';
  b.reason = 'the standfirst under the headline';
}

// A page this small with nothing recognised as its body (a test page, a one-paragraph note) is
// its own article: returning all of its text beats returning nothing.
const TINY_PAGE_BLOCKS = 8;
const LETTER = /\p{L}/u;
// Lines dropped for their place or shape only; a line the phrase book knows ("Home", "Subscribe")
// stays out, so that a page of labels still has no body.
// (A tiny page's menu-like lines, repeated title and link blocks are its text too.)
const POSITIONAL = placedAnd('menu-run', 'metadata:title', 'markup:links');

function keepTinyPage(cls: Classification): void {
  if (cls.blocks.length > TINY_PAGE_BLOCKS || cls.blocks.some((b) => b.keep)) return;
  for (const b of cls.blocks) {
    // Text kept as written keeps a byline or date line as its body rather than have none, as the
    // page it was cleaned from did.
    const own = cls.asWritten && (b.role === 'byline' || b.role === 'date');
    if (!LETTER.test(b.text) || !(POSITIONAL.has(b.rule) || own)) continue;
    if (b.role === 'title') {
      if (cls.blocks.length > 1) continue;
    } else b.role = 'paragraph';
    b.keep = true;
    b.rule = 'content:page';
    b.reason = 'a tiny page with no other body: all of its text';
  }
}

// "27.1.2022 - Bei der Erinnerung …", "BERLIN, 12. März 2024 – Die …": a dateline opening one of
// the body's first paragraphs dates the article (press releases, agency copy).
const DATELINE = /^(.{6,60}?)\s[-–—]\s+\S/u;
const DATELINE_PARAGRAPHS = 3;

// A dateline is names, numbers and month words ("BERLIN, 12. März 2024", "Jane Roe / 22.04.2020
// / 06:15"); a lower-case word that is no month ("The meeting on 12 March 2024") makes it prose.
function datelike(prefix: string): boolean {
  for (const w of prefix.split(/\s+/)) {
    const word = w.replace(/[^\p{L}]+$/u, '');
    if (word.length >= 4 && /^\p{Ll}/u.test(word) && !isMonthWord(word)) return false;
  }
  return true;
}

function datelineDate(cls: Classification, monthFirst: boolean): string | null {
  let seen = 0;
  for (const b of cls.blocks) {
    if (!b.keep || b.role === 'title') continue;
    const m = DATELINE.exec(b.text);
    const date = m?.[1] && datelike(m[1]) ? parseDate(m[1], monthFirst) : null;
    if (date) return date;
    if (++seen >= DATELINE_PARAGRAPHS) return null;
  }
  return null;
}

/** What the HTML path adds to assembling: the page's declarations and the output options. */
export interface HtmlContext {
  declared: DeclaredMetadata;
  /** Blocks that a declared title confirms as the headline (see blocks/from-html.ts). */
  headlines: number[];
  comments: boolean;
  links: boolean;
  images: boolean;
}

// The JSON-LD articleBody replaces the visible text when it holds this many times more words.
const DECLARED_BODY_RATIO = 2;

function declaredParagraphs(body: string | null): string[] | null {
  if (!body) return null;
  const ps = body
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return ps.length ? ps : null;
}

/** What stage 4 decides on the classified blocks before building the article. */
export interface Decided {
  title: string | null;
  /** The block the title was taken from, or null (none, or a declared title no block holds). */
  titleAt: number | null;
  byline: string | null;
  published: string | null;
  /** The site's name: declared, else inferred from the page (suffixes, copyright, <title>). */
  siteName: string | null;
}

// Arrows and bullets a theme puts before its headings ("[> Jane Roe", "» Über uns"): no part of
// the title.
const DECORATION = /^(?:\[?[>»›•·|~*]+\]?\s+)+/u;

function undecorated(title: string | null): string | null {
  const t = title?.replace(DECORATION, '');
  return t ? t : title;
}

/**
 * Stage 4, first half: claims the title, byline and date lines, brings back the standfirst and a
 * tiny page's text. Marks the blocks (keep, role, rule) and returns what it found.
 */
export function decide(cls: Classification, book: PhraseBook, html?: HtmlContext): Decided {
  const declared = html?.declared;
  // Text kept as written has its title as its first line, which is no byline or date line then.
  const asWrittenTitle = cls.asWritten ? titleOfPage(cls) : null;
  const asWrittenBlock = asWrittenTitle === null ? undefined : cls.blocks[asWrittenTitle];
  if (asWrittenBlock) claim(asWrittenBlock, 'title', 'the first line of text kept as written');
  const found = claimMetadata(cls, book);
  const strayDate = claimStrayMetadata(cls, book);
  const siteName =
    declared?.siteName ??
    cls.siteName ??
    (html
      ? siteFromTitle(
          declared?.documentTitle ?? null,
          [...html.headlines.map((i) => cls.blocks[i]?.text ?? ''), declared?.title ?? ''],
          book.bylinePrefixes,
        )
      : null);
  const prefixes = book.bylinePrefixes;
  // 03/12/2024 is March 12 on English pages.
  const monthFirst = cls.lang === 'en';
  // Read only when the sources before it found nothing (decide() runs on every reading).
  let boxRead: AuthorBox | null | undefined;
  const box = () => {
    if (boxRead === undefined) boxRead = authorBox(cls, prefixes);
    return boxRead;
  };
  const boxDate = (): string | null => {
    const line = box()?.line;
    return line ? parseDate(line, monthFirst) : null;
  };
  const byline = chooseByline(cls, book, {
    declared,
    siteName,
    headlines: html?.headlines ?? [],
    found: found.byline,
    html: html !== undefined,
    box,
  });
  let fromDeclared = html ? declaredTitle(html.declared, cls.blocks, html.headlines, siteName) : null;
  const inText =
    fromDeclared === null || fromDeclared.siteOnly ? (cls.asWritten ? asWrittenTitle : findTitle(cls)) : null;
  // A declared title that only names the site yields to a headline found in the text.
  if (fromDeclared?.siteOnly && inText !== null) fromDeclared = null;
  const titleAt = fromDeclared ? fromDeclared.at : inText;
  const titleBlock = titleAt === null ? undefined : cls.blocks[titleAt];
  // Text kept as written has its title as written: a suffix there was the article's own.
  const shown = titleBlock && !cls.asWritten ? stripSiteName(titleBlock.text, siteName) : titleBlock?.text;
  const title = undecorated(fromDeclared?.title ?? shown ?? null);
  if (titleBlock && !cls.asWritten) claim(titleBlock, 'title', 'the headline above the body');
  // After the title's claim: a dateline opens one of the body's first paragraphs, not the headline.
  const published =
    chooseDate({
      declared: declaredDate(declared?.published ?? null),
      declaredInUtc: inUtc(declared?.published ?? null),
      shown: found.published,
      hint: declaredDate(declared?.publishedHint ?? null),
      marked: markedDate(declared?.dateTexts ?? []),
      url: urlDate(declared?.url ?? null),
    }) ??
    boxDate() ??
    datelineDate(cls, monthFirst) ??
    labelledDate(cls, book, monthFirst) ??
    headlineDate(cls, titleAt, monthFirst) ??
    strayDate;
  if (titleAt !== null) keepLead(cls, titleAt);
  keepTinyPage(cls);
  return { title, titleAt: titleBlock ? titleAt : null, byline, published, siteName };
}

/** The title of a page kept as written: its first line, if that is not a paragraph. */
function titleOfPage(cls: Classification): number | null {
  const first = cls.blocks[0];
  if (!first?.keep) return null;
  // One loop, no array per line (flatMap's): every reading of a page asks this.
  const rest: number[] = [];
  let prose = false;
  for (let i = 1; i < cls.blocks.length; i++) {
    const b = cls.blocks[i];
    if (!b?.keep) continue;
    rest.push(blockWords(cls, i));
    prose ||= endsLikeSentence(b.text);
  }
  return readsAsTitle(first.text, blockWords(cls, 0), rest, prose) ? 0 : null;
}

/**
 * Stage 4, second half: the article from the kept blocks and what decide() found, and whether
 * its body is the one the page declares instead (an app shell's JSON-LD articleBody).
 */
export function build(
  cls: Classification,
  decided: Decided,
  source: SourceInfo,
  langHint?: string,
  explain = false,
  html?: HtmlContext,
): { article: Article; fromDeclaration: boolean } {
  const declared = html?.declared;
  const { title, byline, published, siteName } = decided;
  const keptAt: number[] = [];
  cls.blocks.forEach((b, i) => {
    if (b.keep) keptAt.push(i);
  });
  let kept: typeof cls.blocks = [];
  for (const i of keptAt) {
    const b = cls.blocks[i];
    if (b) kept.push(b);
  }
  let paragraphs = kept.map((b) => b.text);
  // The body's word count from the classifier's per-block counts (see words.ts).
  let words = textWords(cls, keptAt);
  const declaredBody = declaredParagraphs(declared?.articleBody ?? null);
  const fromDeclaration = declaredBody !== null && wordCount(declaredBody.join(' ')) > DECLARED_BODY_RATIO * words;
  if (declaredBody && fromDeclaration) {
    // The visible page holds (almost) nothing of the article (an app shell): its JSON-LD does.
    paragraphs = declaredBody;
    kept = [];
    words = wordCount(paragraphs.join('\n\n'));
  }
  const text = paragraphs.join('\n\n');
  const detected = detectLanguage([title ?? '', text].join('\n'), langHint, cls.candidates);
  const langDeclared = declared?.lang ?? null;
  const lang = langHint ? detected.lang : reconcileLang(langDeclared, detected.lang, text.length);
  const lang3 = lang === detected.lang ? detected.lang3 : toIso3(lang);
  const article: Article = {
    title,
    text,
    paragraphs,
    lang,
    lang3,
    langDeclared,
    langDetected: detected.lang,
    siteName,
    byline,
    published,
    images: cls.images.filter((im) => im.caption || im.credit),
    url: declared?.url ?? null,
    description: declared?.description ?? null,
    image: declared?.image ?? null,
    wordCount: words,
    source,
  };
  if (html) {
    const blocks = kept;
    const texts = paragraphs;
    setLazyStructure(article, () =>
      blocks.length
        ? structureOf(blocks, html.links, html.images)
        : texts.map((p) => ({ kind: 'p', level: 0, list: null, depth: 0, markdown: p })),
    );
    if (html.comments) article.comments = commentsOf(cls.blocks);
  }
  if (explain) {
    article.removed = cls.blocks
      .filter((b) => !b.keep)
      .map((b): Removal => ({ line: b.line, text: b.text, rule: b.rule, reason: b.reason }));
  }
  return { article, fromDeclaration };
}
