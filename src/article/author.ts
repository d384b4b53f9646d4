// Who wrote the article: the sources of a byline in the order decide() asks them, from what the
// page declares (JSON-LD, meta tags, byline markup) to what its text shows (a byline line, a
// signature, an author box or a source credit under the body).
import type { Classification } from '../classify/classify.js';
import type { PhraseBook } from '../data/phrase-book.js';
import { headlineKey } from '../text/headline.js';
import { matchKey, wordCount } from '../text/words.js';
import type { DeclaredMetadata } from '../types.js';
import { asSet, labelledName, looksLikeName, parseByline } from './byline.js';
import { declaredByline, labelledByline, namesSite } from './declared.js';
import { bareName, claim } from './metadata.js';
import { blockWords, endsWithStop } from './words.js';

const SIGNATURE_MAX_WORDS = 6;
// How far below the body an author box ("Datum: 19.11.2021 Autor: Anna Beispiel") may stand.
const AUTHOR_BOX_LINES = 6;
const AUTHOR_BOX_MAX_WORDS = 12;
// "Autor:", "Written by:": a label of one or two words opening the line.
const LABEL = /^[^\s:：]+(?:\s[^\s:：]+)?\s*[:：]\s/u;

/** Index of the body's last kept block, or -1. */
function lastKept(cls: Classification): number {
  for (let i = cls.blocks.length - 1; i >= 0; i--) if (cls.blocks[i]?.keep) return i;
  return -1;
}

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
export function authorBox(cls: Classification, prefixes: string[]): AuthorBox | null {
  const last = lastKept(cls);
  if (last < 0) return null;
  for (let i = last + 1; i <= last + AUTHOR_BOX_LINES && i < cls.blocks.length; i++) {
    const b = cls.blocks[i];
    const field = b ? firstField(b.text) : '';
    if (!b || (field === b.text ? blockWords(cls, i) : wordCount(field)) > AUTHOR_BOX_MAX_WORDS) continue;
    const next = cls.blocks[i + 1];
    const name =
      parseByline(b.text, prefixes) ??
      (field !== b.text ? parseByline(field, prefixes) : null) ??
      (next ? labelledName(b.text, next.text, prefixes) : null);
    if (name) return { name, line: b.text };
  }
  return null;
}

/** "Текст: Ирина Желудева" closing the body: the author's signature, claimed as the byline. */
function signature(cls: Classification, prefixes: string[], inBody: Set<object>): string | null {
  const at = lastKept(cls);
  const last = cls.blocks[at];
  if (!last) return null;
  // The body's last block is mostly a paragraph: its count from the classifier's measures.
  const words = blockWords(cls, at);
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
// A whole block set in bold or italics: "**Jane Roe**", "_Jean Dupont_".
const EMPHASISED = /^\s*(\*\*|__|\*|_)([^*_]+)\1\s*$/u;

/**
 * A name alone in bold or italics closing the body, or right under it ("**Jane Roe**"): the
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
 * A one-word byline ("Konrad") that the page gives in full outside the body, opening the author
 * box ("Konrad Weiss - Maschinenbauer, …") or after a byline word ("Mehr von Henry Brandt"):
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
  const last = lastKept(cls);
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
      endsWithStop(b.text) ||
      !b.text.includes(byline)
    )
      continue;
    claim(b, 'byline', "a short line naming the article's author");
  }
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
 * "anna.beispiel" as "Anna B. Beispiel" in the page's text (a caption, the closing
 * "(Anna B. Beispiel)"): the account's first and last part as a name, with at most one
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

/** A byline in the lines under the body, and the line it stands in (which may date the article). */
export interface AuthorBox {
  name: string;
  line: string;
}

export interface BylineSources {
  declared: DeclaredMetadata | undefined;
  siteName: string | null;
  /** Headings a declared title confirms: the byline is none of them. */
  headlines: readonly number[];
  /** The byline line claimMetadata found in the text. */
  found: string | null;
  html: boolean;
  /** authorBox(), read once and only when asked. */
  box: () => AuthorBox | null;
}

/**
 * The article's byline: JSON-LD's person, then the byline line of the text, a signature, the meta
 * tags and byline markup, the author box, a signed name, a source credit, each asked only when
 * those before it found nothing. On HTML pages, the short lines naming it are claimed.
 */
export function chooseByline(cls: Classification, book: PhraseBook, src: BylineSources): string | null {
  const { declared, siteName, found } = src;
  const prefixes = book.bylinePrefixes;
  // The headline: the longest heading a declaration confirms (shorter ones may be the author's
  // name, which the declared "Title - Author - Site" also contains).
  const headline = src.headlines
    .map((i) => cls.blocks[i]?.text ?? '')
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  const likely = plausibleByline(book, [declared?.title ?? null, headline || null]);
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
      ? personForAccount(fromLd, found, declared, siteName, prefixes, cls.blocks)
      : fromLd) ??
    likely(found) ??
    signature(cls, prefixes, signedInBody) ??
    likely(labelledByline(declared?.labelled ?? [], prefixes)) ??
    siteOrSource(likely(declaredByline(preferShown(declared, siteName), prefixes))) ??
    likely(src.box()?.name ?? null) ??
    likely(signedName(cls, book)) ??
    likely(sourceCredit(cls, book, SOURCE_BELOW_BLOCKS));
  if (byline && src.html) {
    byline = fullName(cls, byline, prefixes);
    claimBylineLines(cls, byline, signedInBody);
  }
  return byline;
}
