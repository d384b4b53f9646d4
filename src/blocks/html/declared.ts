import type { AnyNode, Element } from 'domhandler';
import { inLocalTime, inUtc } from '../../text/time-zone.js';
import type { DeclaredMetadata } from '../../types.js';
import { factsOfElement, MAYBE_BYLINE } from './class-id.js';
import { clean, jsonLd } from './json-ld.js';

// What the page says about itself: JSON-LD, OpenGraph and other meta tags. All of it is evidence
// for the article stage to weigh, never copied blindly (headlines get truncated, authors are
// organisations, dates are of the last update).

function meta(page: PageFacts, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = page.metas.get(k.toLowerCase());
    const c = v ? clean(v) : null;
    if (c) return c;
  }
  return null;
}

// Where pages mark the author in their visible text (microdata, rel=author, byline classes),
// most specific first.
const BYLINE_TESTS: ((el: Element) => boolean)[] = [
  (el) => el.attribs.itemprop === 'name' && hasAuthorAncestor(el),
  (el) => /(?:^|\s)author(?:\s|$)/.test(el.attribs.itemprop ?? ''),
  (el) => el.attribs.rel === 'author',
  // The hCard of WordPress themes: <span class="author vcard"><a class="url fn n">Name</a>.
  (el) => /(?:^|\s)vcard(?:\s|$)/.test(el.attribs.class ?? '') && /(?:^|\s)author(?:\s|$)/.test(el.attribs.class ?? ''),
  (el) => (el.attribs.class ?? '').includes('byline'),
  (el) => (el.attribs.class ?? '').includes('author-name'),
  // "author", "post-author", "author_box", but not "authority-control".
  (el) => /(?:^|[\s_-])author(?:$|[\s_-]|s\b)/.test(el.attribs.class ?? ''),
  (el) => (el.attribs.id ?? '').includes('byline'),
  // "author_header", "author-box": an id naming the author's element, after every class test.
  (el) => /(?:^|[\s_-])author(?:$|[\s_-])/.test(el.attribs.id ?? ''),
];
const BYLINE_MAX_CHARS = 100;

/** Inside a comment thread or form (a few levels up is enough: the byline tests are cheap to miss). */
function inComments(el: Element): boolean {
  for (let p = el.parent as Element | null, d = 0; p && d < 12; p = p.parent as Element | null, d++) {
    if (p.type !== 'tag') return false;
    // Comment sections as the walk reads them: whole class words, in the bundled languages.
    // (Not the form of a whole page, directly in <body>, as ASP.NET pages wrap themselves.)
    if (
      (p.name === 'form' && (p.parent as Element | null)?.name !== 'body') ||
      factsOfElement(p).hints.comment ||
      /respond/.test(p.attribs.id ?? '')
    )
      return true;
  }
  return false;
}

function hasAuthorAncestor(el: Element): boolean {
  for (let p = el.parent as Element | null, d = 0; p && d < 8; p = p.parent as Element | null, d++)
    if (p.type === 'tag' && /(?:^|\s)author(?:\s|$)/.test(p.attribs.itemprop ?? '')) return true;
  return false;
}

/** Text of an element, without recursion (deep pages). */
function textOf(el: AnyNode, max = BYLINE_MAX_CHARS * 4): string {
  let out = '';
  let nodes = 0;
  const stack: AnyNode[] = [el];
  while (stack.length && out.length <= max) {
    const n = stack.pop() as AnyNode;
    // A box of thousands of nodes is no byline: not read to its end, which on nested author boxes
    // around a deep page (each read from the top) would be quadratic.
    if (++nodes > max * 10) return '';
    if (n.type === 'text') out += (n as unknown as { data: string }).data;
    else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      const kids = (n as Element).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
    }
  }
  return out;
}

// Microdata and RDFa dates on ordinary elements: <span itemprop="datePublished" content="…">.
const MICRO_DATE = /^(?:schema:)?(?:datePublished|dateCreated|uploadDate)$/;
const MAX_DATE_TEXTS = 8;
const DATE_TEXT_MAX = 80;

/** What one pass over the DOM finds for the declarations. */
interface PageFacts {
  metas: Map<string, string>;
  ldScripts: string[];
  title: string | null;
  canonical: string | null;
  htmlLang: string | null;
  /** The first <time datetime>, or the first marked as the publication's (pubdate, itemprop). */
  time: string | null;
  timeIsPublished: boolean;
  /** A publication date in microdata or RDFa on any element (itemprop/property + content). */
  microDate: string | null;
  /** Short texts of elements whose class or id says "date" (the visible date line), in page order. */
  dateTexts: { text: string; afterHeadline: boolean }[];
  seenH1: boolean;
  bylines: (Element | undefined)[];
}

function collect(root: AnyNode): PageFacts {
  const page: PageFacts = {
    metas: new Map(),
    ldScripts: [],
    title: null,
    canonical: null,
    htmlLang: null,
    time: null,
    timeIsPublished: false,
    microDate: null,
    dateTexts: [],
    seenH1: false,
    bylines: [],
  };
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'root') {
      const kids = (n as unknown as { children: AnyNode[] }).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
      continue;
    }
    if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
    const el = n as Element;
    const a = el.attribs;
    switch (el.name) {
      case 'meta': {
        const keys = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.toLowerCase();
        if (!keys || a.content === undefined) continue;
        // property="dc:title og:title" declares both.
        for (const key of keys.includes(' ') ? keys.split(/\s+/) : [keys])
          if (key && !page.metas.has(key)) page.metas.set(key, a.content);
        continue;
      }
      case 'script':
        if (a.type?.toLowerCase() === 'application/ld+json') page.ldScripts.push(textOf(el, Number.POSITIVE_INFINITY));
        continue;
      case 'style':
        continue;
      case 'title':
        page.title ??= textOf(el);
        continue;
      case 'link':
        if (!page.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(a.rel ?? '') && a.href) page.canonical = a.href;
        continue;
      case 'html':
        page.htmlLang ??= a.lang ?? null;
        break;
      case 'time':
        if (a.datetime && !page.timeIsPublished) {
          const published = 'pubdate' in a || a.itemprop === 'datePublished';
          if (!page.time || published) page.time = a.datetime;
          page.timeIsPublished = published;
        }
        break;
      case 'h1':
        page.seenH1 = true;
        break;
    }
    if (a.content !== undefined && !page.microDate) {
      const prop = a.itemprop ?? a.property;
      if (prop && MICRO_DATE.test(prop)) page.microDate = a.content;
    }
    // (Read by the parser: see class-id.ts.)
    const named = a.class !== undefined || a.id !== undefined;
    const said = factsOfElement(el);
    // A <time> shows a date whatever its class; a comment's date, or one the microdata says is
    // the last change, is not the article's.
    if (
      page.dateTexts.length < MAX_DATE_TEXTS &&
      (el.name === 'time' || said.date) &&
      a.itemprop !== 'dateModified' &&
      !inComments(el)
    ) {
      const t = clean(textOf(el, DATE_TEXT_MAX));
      if (t && t.length <= DATE_TEXT_MAX && /\d/.test(t)) page.dateTexts.push({ text: t, afterHeadline: page.seenH1 });
    }
    // Only elements whose attributes mention an author or byline can pass a byline test.
    if (
      (named || a.itemprop !== undefined || a.rel !== undefined) &&
      (said.maybeByline || MAYBE_BYLINE.test(a.itemprop ?? '') || MAYBE_BYLINE.test(a.rel ?? '')) &&
      !said.notByline &&
      !inComments(el)
    ) {
      BYLINE_TESTS.forEach((test, k) => {
        if (page.bylines[k] === undefined && test(el)) {
          const t = clean(textOf(el));
          if (t && t.length <= BYLINE_MAX_CHARS && /\p{L}/u.test(t)) page.bylines[k] = el;
        }
      });
    }
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  return page;
}

/** twitter:labelN / twitter:dataN pairs (SEO plugins put "Written by" and the author there). */
function labelled(page: PageFacts): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  for (let n = 1; n <= 4; n++) {
    const label = meta(page, `twitter:label${n}`);
    const value = meta(page, `twitter:data${n}`);
    if (label && value) out.push({ label, value });
  }
  return out;
}

function notHandle(v: string | null): string | null {
  return v && !v.startsWith('@') ? v : null;
}

function visibleByline(page: PageFacts): string | null {
  for (const el of page.bylines) if (el) return clean(textOf(el));
  return null;
}

const PUBLISHED_KEYS = [
  'article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'parsely-pub-date',
  'og:published_time',
];

/**
 * The declared publication date: JSON-LD's, then the meta tags', <time pubdate> and microdata.
 * One written in UTC yields to another declaration of the same moment in the page's own time
 * zone ("2017-02-24T01:18:13Z" and "2017-02-23T17:18:13-08:00"): that one has the day as written
 * on the page.
 */
function publishedDate(page: PageFacts, fromLd: string | null): string | null {
  const first =
    fromLd ??
    meta(page, ...PUBLISHED_KEYS) ??
    (page.time && page.timeIsPublished ? clean(page.time) : null) ??
    (page.microDate ? clean(page.microDate) : null);
  if (!first || !inUtc(first)) return first;
  const at = Date.parse(first);
  for (const key of [...PUBLISHED_KEYS, 'date', 'dc.date']) {
    const v = meta(page, key);
    if (v && inLocalTime(v) && Date.parse(v) === at) return v;
  }
  return first;
}

/** Reads the page's own declarations, in one pass over its DOM. */
export function declaredMetadata(root: AnyNode): DeclaredMetadata {
  const page = collect(root);
  const ld = jsonLd(page.ldScripts);
  const documentTitle = page.title ? clean(page.title) : null;
  const timeEl = page.time;
  const shown = visibleByline(page);
  return {
    title:
      ld.headline ?? meta(page, 'dc:title', 'dcterm:title', 'og:title', 'twitter:title', 'dc.title') ?? documentTitle,
    documentTitle,
    // (twitter:site is most often a handle, "@Site", which names an account, not the site.)
    siteName: meta(page, 'og:site_name', 'application-name') ?? notHandle(meta(page, 'twitter:site')) ?? ld.publisher,
    byline: ld.author,
    bylineHint:
      meta(page, 'dc:creator', 'dcterm:creator', 'dc.creator', 'author', 'article:author', 'byl', 'parsely-author') ??
      shown ??
      ld.authorOrg,
    bylineMarkup: shown,
    labelled: labelled(page),
    published: publishedDate(page, ld.published),
    // A page's "date" (often of the last change) and a <time> that may be a comment's.
    publishedHint: meta(page, 'date', 'dc.date') ?? (timeEl && !page.timeIsPublished ? clean(timeEl) : null),
    dateTexts: [
      ...page.dateTexts.filter((d) => d.afterHeadline),
      ...page.dateTexts.filter((d) => !d.afterHeadline),
    ].map((d) => d.text),
    description: meta(page, 'og:description', 'description', 'twitter:description') ?? ld.description,
    image: meta(page, 'og:image', 'twitter:image') ?? ld.image,
    url: page.canonical ?? meta(page, 'og:url') ?? ld.url,
    lang: clean(page.htmlLang ?? '') ?? meta(page, 'og:locale', 'content-language', 'language'),
    articleBody: ld.articleBody,
  };
}
