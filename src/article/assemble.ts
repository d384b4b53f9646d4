import type { Classification } from '../classify/classify.js';
import { placedAnd } from '../classify/rule-kinds.js';
import type { PhraseBook } from '../data/phrase-book.js';
import { detectLanguage } from '../lang/detect.js';
import { toIso3 } from '../lang/iso639.js';
import { headlineKey } from '../text/headline.js';
import { inUtc } from '../text/time-zone.js';
import { endsLikeSentence, matchKey, wordCount } from '../text/words.js';
import type { Article, DeclaredMetadata, Removal, SourceInfo } from '../types.js';
import { asSet, labelledName, looksLikeName, parseByline } from './byline.js';
import { isMonthWord, parseDate } from './date.js';
import { chooseDate } from './date-choice.js';
import { headlineDate, labelledDate } from './date-fallbacks.js';
import {
  declaredByline,
  declaredDate,
  declaredTitle,
  labelledByline,
  markedDate,
  namesSite,
  reconcileLang,
  siteFromTitle,
  urlDate,
} from './declared.js';
import { bareName, claim, claimMetadata, claimStrayMetadata } from './metadata.js';
import { commentsOf, structureOf } from './structure.js';
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

const SIGNATURE_MAX_WORDS = 6;
// How far below the body an author box ("Datum: 19.11.2021 Autor: Anna Beispiel") may stand.
const AUTHOR_BOX_LINES = 6;
const AUTHOR_BOX_MAX_WORDS = 12;
// "Autor:", "Written by:": a label of one or two words opening the line.
const LABEL = /^[^\s:：]+(?:\s[^\s:：]+)?\s*[:：]\s/u;

/** "Autor: Anna Beispiel Tags: 1907, 1931, …" → "Autor: Anna Beispiel": a labelled line's first field. */
function firstField(text: string): string {
  const m = LABEL.exec(text);
  if (!m) return text;
  const next = text.slice(m[0].length).search(/\s[^\s:：]+[:：]\s/u);
  return next < 0 ? text : text.slice(0, m[0].length + next);
}

/**
 * "Autor: Anna Beispiel" in the lines right under the body (dropped as page furniture): the byline,
 * and the line it stands in, which often dates the article too ("Datum: 19.11.2021 Autor: …").
 */
function authorBox(cls: Classification, prefixes: string[]): { name: string; line: string } | null {
  let last = -1;
  cls.blocks.forEach((b, i) => {
    if (b.keep) last = i;
  });
  if (last < 0) return null;
  for (let i = last + 1; i <= last + AUTHOR_BOX_LINES && i < cls.blocks.length; i++) {
    const b = cls.blocks[i];
    const field = b ? firstField(b.text) : '';
    if (!b || wordCount(field) > AUTHOR_BOX_MAX_WORDS) continue;
    const next = cls.blocks[i + 1];
    const name =
      parseByline(b.text, prefixes) ??
      (field !== b.text ? parseByline(field, prefixes) : null) ??
      (next ? labelledName(b.text, next.text, prefixes) : null);
    if (name) return { name, line: b.text };
  }
  return null;
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

/** "Текст: Ирина Желудева" closing the body: the author's signature, claimed as the byline. */
function signature(cls: Classification, prefixes: string[], inBody: Set<object>): string | null {
  const last = cls.blocks.filter((b) => b.keep).at(-1);
  if (!last) return null;
  const words = wordCount(last.text);
  // "Autor: Jane Roe (Gastbeitrag), Rednerin bei …": a labelled line may say more after the name,
  // which stays in the body.
  if (words > (LABEL.test(last.text) ? AUTHOR_BOX_MAX_WORDS : SIGNATURE_MAX_WORDS)) return null;
  const name = parseByline(last.text, prefixes);
  if (!name) return null;
  if (words <= SIGNATURE_MAX_WORDS) claim(last, 'byline', "the author's signature under the body");
  else inBody.add(last);
  return name;
}

// How far from the body's end a signing name may stand: footnotes or a contact line may follow it.
const SIGNED_NAME_LAST_BLOCKS = 4;
// A whole block set in bold or italics: "**Marina Mucha**", "_Denis Clerc_".
const EMPHASISED = /^\s*(\*\*|__|\*|_)([^*_]+)\1\s*$/u;

/**
 * A name alone in bold or italics closing the body, or right under it ("**Marina Mucha**"): the
 * author signing the article, as magazines and press releases do without a "Von". The last one wins.
 */
function signedName(cls: Classification, book: PhraseBook): string | null {
  const kept: number[] = [];
  cls.blocks.forEach((b, i) => {
    if (b.keep) kept.push(i);
  });
  const last = kept.at(-1);
  if (last === undefined) return null;
  // Under the body first, then its closing blocks from the end (footnotes may follow the name).
  for (const i of [last + 1, ...kept.slice(-SIGNED_NAME_LAST_BLOCKS).reverse()]) {
    const b = cls.blocks[i];
    if (b && isSignedName(b, book)) return b.text;
  }
  return null;
}

function isSignedName(b: Classification['blocks'][number], book: PhraseBook): boolean {
  const md = b.html?.markdown;
  return (
    !!md && b.html?.kind !== 'heading' && EMPHASISED.test(md) && bareName(b.text) && !book.lines.has(matchKey(b.text))
  );
}

/**
 * A one-word byline ("Stefanus") that the page gives in full outside the body, opening the author
 * box ("Stefanus Stahl - Maschinenbauer, …") or after a byline word ("Mehr von Henry Steinhau"):
 * the full name.
 */
function fullName(cls: Classification, byline: string, prefixes: string[]): string {
  const first = byline.trim().toLowerCase();
  if (/\s/u.test(first) || !/^\p{Lu}\p{Ll}+$/u.test(byline.trim())) return byline;
  const byWords = asSet(prefixes);
  // After a byline word first (a surname of three letters or more: "Von Henry In Aktuell" names a
  // section after the name); else opening a block, with a dash after it (the box's "Name - role").
  let opening: string | null = null;
  for (const b of cls.blocks) {
    if (b.keep || !b.text.toLowerCase().includes(first)) continue;
    const ws = b.text.split(/\s+/u);
    for (let i = 0; i + 1 < ws.length; i++) {
      const surname = ws[i + 1] ?? '';
      if (ws[i]?.toLowerCase() !== first || !/^\p{Lu}[\p{L}'’-]{2,}$/u.test(surname)) continue;
      if (i > 0 && byWords.has(ws[i - 1]?.toLowerCase() ?? '')) return `${ws[i]} ${surname}`;
      if (i === 0 && /^[-–—|]$/u.test(ws[2] ?? '')) opening ??= `${ws[0]} ${surname}`;
    }
  }
  return opening ?? byline;
}

const SOURCE_MAX_WORDS = 4;
// When nothing names the author, how far under the body the source credit may stand: a box of
// further links may come between (fifteen blocks on a broadcaster's page).
const SOURCE_BELOW_BLOCKS = 16;

/**
 * "Quelle: kathpress", "Source: Reuters" closing the body or `below` blocks under it: the article's
 * source (an agency, a broadcaster's desk, a press release's issuer), which wire copy and press pages
 * name instead of a person.
 */
function sourceCredit(cls: Classification, book: PhraseBook, below = 1): string | null {
  let last = -1;
  cls.blocks.forEach((b, i) => {
    if (b.keep) last = i;
  });
  for (let i = last; i <= last + below; i++) {
    const text = cls.blocks[i]?.text;
    if (!text || i < 0) continue;
    const lower = text.toLowerCase();
    const word = book.sourcePrefixes.find((p) => lower.startsWith(p));
    const value = word ? /^\s*:\s*(\S.*)$/u.exec(text.slice(word.length))?.[1]?.trim() : undefined;
    if (value && wordCount(value) <= SOURCE_MAX_WORDS && !/https?:|[.!?]$/u.test(value)) return value;
  }
  return null;
}

// "example.de", "example.de, Frankfurt, Germany": an author that only names the site's address.
const SITE_ADDRESS = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}(?:,|$)/iu;

const BYLINE_LINE_MAX_WORDS = 16;

/** Short kept lines naming the author ("2 March 2024 · Jane Roe · 5 min"): the byline line, not text. */
function claimBylineLines(cls: Classification, byline: string, inBody: Set<object>): void {
  // A one-word byline ("Beachbody", a desk) also names products and places: only full names.
  if (wordCount(byline) < 2) return;
  for (const b of cls.blocks) {
    if (
      !b.keep ||
      inBody.has(b) ||
      wordCount(b.text) > BYLINE_LINE_MAX_WORDS ||
      /[.!?]$/u.test(b.text) ||
      !b.text.includes(byline)
    )
      continue;
    claim(b, 'byline', "a short line naming the article's author");
  }
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

// Labels that never name an author ("Follow", "Ähnliche Beiträge"); not "navigation", which
// holds desk names such as "Redaktion" that pages do give as their author.
const NOT_AUTHOR_LABELS = new Set([
  'social',
  'related',
  'share',
  'login',
  'subscribe',
  'comments',
  'cookies',
  'newsletter',
]);
// A CMS account rather than a person: "admin", "wordpressadmin", "webmaster".
const ACCOUNT = /^(?:\w*admin\w*|administrator|webmaster|root)$/i;
// A login rather than a name: one token with a digit ("CC7567"), or lower-case letters joined
// without a space ("maxmustermann", "max.mustermann").
const LOGIN = /^(?=\S*\d)[\p{L}\d._-]+$|^\p{Ll}[\p{Ll}._-]*[._-]?\p{Ll}+$/u;
// Lower-case logins shorter than this are as often a pseudonym the page signs with ("jules").
const LOGIN_MIN_LETTERS = 9;

/**
 * A JSON-LD author that reads as an account ("CC7567", "maxmustermann") yields to the person the page
 * names: the byline line when it spells the account as a name ("Max Mustermann"), else the meta tags'
 * or byline markup's author when that is a name. Else the account stands.
 */
function personForAccount(
  account: string,
  line: string | null,
  declared: DeclaredMetadata | undefined,
  siteName: string | null,
  prefixes: string[],
  blocks: Classification['blocks'],
): string {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, '');
  if (line && key(line) === key(account)) return line;
  const other = declaredByline(preferShown(declared, siteName), prefixes);
  if (other && /\S\s+\S/u.test(other) && looksLikeName(other) && !accountLike(other)) return other;
  return spelledOut(account, blocks) ?? account;
}

/**
 * "christian.stadtfeld" as "Christian P. Stadtfeld" in the page's text (a caption, the closing
 * "(Christian P. Stadtfeld)"): the account's first and last part as a name, with at most one
 * initial between them.
 */
function spelledOut(account: string, blocks: Classification['blocks']): string | null {
  const parts = account.split(/[._-]+/u);
  if (parts.length !== 2 || !parts.every((p) => /^\p{L}{2,}$/u.test(p))) return null;
  const [first, last] = parts as [string, string];
  const name = new RegExp(`(?<!\\p{L})(${first}(?:\\s+\\p{L}\\.)?\\s+${last})(?!\\p{L})`, 'iu');
  for (const b of blocks) {
    const m = name.exec(b.text);
    if (m?.[1] && /^\p{Lu}/u.test(m[1]) && looksLikeName(m[1])) return m[1];
  }
  return null;
}

function accountLike(name: string): boolean {
  if (!LOGIN.test(name)) return false;
  return /\d/.test(name) || /[._-]/.test(name) || name.length >= LOGIN_MIN_LETTERS;
}

/**
 * A byline candidate, unless it is a known label of the page furniture ("Follow", "Ähnliche
 * Beiträge"), a CMS account, or the headline itself ("Setting up the new server" from a
 * line near the byline's place that is the title).
 */
function plausibleByline(
  book: PhraseBook,
  headlines: readonly (string | null)[],
): (name: string | null) => string | null {
  const keys = headlines.filter((h): h is string => !!h).map(headlineKey);
  return (name) => {
    if (!name) return null;
    const label = book.lines.get(matchKey(name));
    if ((label && NOT_AUTHOR_LABELS.has(label)) || ACCOUNT.test(name)) return null;
    const key = headlineKey(name);
    return key && keys.includes(key) ? null : name;
  };
}

/**
 * The meta tags' author, unless it only names the site ("example-sport.at") while the byline markup
 * shows a name: then that name.
 */
function preferShown(declared: DeclaredMetadata | undefined, siteName: string | null): string | null {
  const hint = declared?.bylineHint ?? null;
  const shown = declared?.bylineMarkup ?? null;
  if (!hint || !shown || shown === hint) return hint;
  const siteLike = /\.[a-z]{2,6}$/i.test(hint) || namesSite(hint, siteName, declared?.url ?? null);
  // An organisation ("Bavarian Institute for Forestry - LWF") against a person's name in the markup.
  // (A profile address names no one: then a one-word name shown is enough.)
  const words = /^(?:https?:|www\.)/i.test(hint) ? /^\S+(?:\s\S+){0,2}$/u : /^\S+(?:\s\S+){1,2}$/u;
  const personShown = words.test(shown) && looksLikeName(shown) && !looksLikeName(hint);
  return siteLike || personShown ? shown : hint;
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
  // The headline: the longest heading a declaration confirms (shorter ones may be the author's
  // name, which the declared "Title - Author - Site" also contains).
  const headline = (html?.headlines ?? [])
    .map((i) => cls.blocks[i]?.text ?? '')
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  const likely = plausibleByline(book, [declared?.title ?? null, headline || null]);
  // JSON-LD's person, then the byline line of the text, then meta tags and byline markup.
  // Read only when the sources before it found nothing (decide() runs on every reading).
  let boxRead: ReturnType<typeof authorBox> | undefined;
  const box = () => {
    if (boxRead === undefined) boxRead = authorBox(cls, prefixes);
    return boxRead;
  };
  const boxDate = (): string | null => {
    const line = box()?.line;
    return line ? parseDate(line, cls.lang === 'en') : null;
  };
  const fromLd = likely(declaredByline(declared?.byline ?? null, prefixes));
  // The meta tags' author that only names the site yields to the source credited under the body.
  const siteOrSource = (name: string | null): string | null =>
    name && (SITE_ADDRESS.test(name) || namesSite(name, siteName, declared?.url ?? null))
      ? (sourceCredit(cls, book) ?? name)
      : name;
  // A signature line that says more than the name stays in the body (see signature()).
  const signedInBody = new Set<object>();
  let byline =
    (fromLd && accountLike(fromLd)
      ? personForAccount(fromLd, found.byline, declared, siteName, prefixes, cls.blocks)
      : fromLd) ??
    likely(found.byline) ??
    signature(cls, prefixes, signedInBody) ??
    likely(labelledByline(declared?.labelled ?? [], prefixes)) ??
    siteOrSource(likely(declaredByline(preferShown(declared, siteName), prefixes))) ??
    likely(box()?.name ?? null) ??
    likely(signedName(cls, book)) ??
    likely(sourceCredit(cls, book, SOURCE_BELOW_BLOCKS));
  if (byline && html) {
    byline = fullName(cls, byline, prefixes);
    claimBylineLines(cls, byline, signedInBody);
  }
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
    datelineDate(cls, cls.lang === 'en') ??
    labelledDate(cls, book, cls.lang === 'en') ??
    headlineDate(cls, titleAt, cls.lang === 'en') ??
    strayDate;
  if (titleAt !== null) keepLead(cls, titleAt);
  keepTinyPage(cls);
  return { title, titleAt: titleBlock ? titleAt : null, byline, published, siteName };
}

/** The title of a page kept as written: its first line, if that is not a paragraph. */
function titleOfPage(cls: Classification): number | null {
  const first = cls.blocks[0];
  if (!first?.keep) return null;
  const rest = cls.blocks.flatMap((b, i) => (i > 0 && b.keep ? [blockWords(cls, i)] : []));
  const prose = cls.blocks.some((b, i) => i > 0 && b.keep && endsLikeSentence(b.text));
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
    article.structure = kept.length
      ? structureOf(kept, html.links, html.images)
      : paragraphs.map((p) => ({ kind: 'p', level: 0, list: null, depth: 0, markdown: p }));
    if (html.comments) article.comments = commentsOf(cls.blocks);
  }
  if (explain) {
    article.removed = cls.blocks
      .filter((b) => !b.keep)
      .map((b): Removal => ({ line: b.line, text: b.text, rule: b.rule, reason: b.reason }));
  }
  return { article, fromDeclaration };
}
