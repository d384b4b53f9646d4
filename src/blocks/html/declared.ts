import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element, Text } from 'domhandler';
import type { DeclaredMetadata } from '../../types.js';

// What the page says about itself: JSON-LD, OpenGraph and other meta tags. All of it is evidence
// for the article stage to weigh, never copied blindly (headlines get truncated, authors are
// organisations, dates are of the last update).

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|ScholarlyArticle|TechArticle|SocialMediaPosting|LiveBlogPosting|Posting|WebPage|Recipe)$/;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function types(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Every object in a JSON-LD document (through @graph and arrays), depth-first. */
function objects(v: Json, out: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 8) return out;
  if (Array.isArray(v)) for (const x of v) objects(x, out, depth + 1);
  else if (isObject(v)) {
    out.push(v);
    const graph = v['@graph'];
    if (graph) objects(graph, out, depth + 1);
    const main = v.mainEntity ?? v.mainEntityOfPage;
    if (isObject(main) || Array.isArray(main)) objects(main, out, depth + 1);
  }
  return out;
}

// (A depth bound: JSON-LD nested 100,000 levels deep, which JSON.parse accepts, would overflow the stack.)
function str(v: Json | undefined, depth = 0): string | null {
  if (typeof v === 'string') return clean(v);
  if (typeof v === 'number') return String(v);
  if (depth > 8) return null;
  if (Array.isArray(v)) return str(v[0], depth + 1);
  if (isObject(v)) return str(v.name ?? v['@value'] ?? v.url, depth + 1);
  return null;
}

function clean(s: string): string | null {
  const t = decodeEntities(s).replace(/\s+/g, ' ').trim();
  return t || null;
}

// JSON-LD strings sometimes carry HTML entities (the page's CMS double-encoded them).
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt|nbsp);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'nbsp') return ' ';
    const code = k.startsWith('#x') ? Number.parseInt(k.slice(2), 16) : Number.parseInt(k.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

function people(v: Json | undefined): string | null {
  if (v === undefined || v === null) return null;
  const list = Array.isArray(v) ? v : [v];
  const names: string[] = [];
  for (const p of list) {
    // An Organization as author is the publisher, not a byline.
    if (isObject(p) && types(p).includes('Organization')) continue;
    const n = str(p);
    if (n && !/^https?:\/\//.test(n)) names.push(n);
  }
  return names.length ? [...new Set(names)].join(', ') : null;
}

function parseJsonLd(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    // Trailing commas and raw newlines in strings are common; one lenient retry.
    try {
      return JSON.parse(text.replace(/,\s*([}\]])/g, '$1').replace(/[\r\n\t]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

interface JsonLdFacts {
  headline: string | null;
  author: string | null;
  published: string | null;
  publisher: string | null;
  articleBody: string | null;
  image: string | null;
  description: string | null;
  url: string | null;
}

function jsonLd($: Query): JsonLdFacts {
  const facts: JsonLdFacts = {
    headline: null,
    author: null,
    published: null,
    publisher: null,
    articleBody: null,
    image: null,
    description: null,
    url: null,
  };
  const all: JsonObject[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    const doc = parseJsonLd(textOf(el, Number.POSITIVE_INFINITY) ?? '');
    if (doc !== undefined) objects(doc, all);
  });
  // Articles first, then web pages: the most specific declaration wins.
  const ranked = all
    .filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t)))
    .sort((a, b) => Number(types(a).includes('WebPage')) - Number(types(b).includes('WebPage')));
  for (const o of ranked) {
    facts.headline ??= str(o.headline) ?? (types(o).includes('WebPage') ? null : str(o.name));
    facts.author ??= people(o.author ?? o.creator);
    facts.published ??= str(o.datePublished ?? o.dateCreated);
    facts.publisher ??= str(o.publisher);
    facts.articleBody ??= typeof o.articleBody === 'string' ? o.articleBody : null;
    facts.image ??= str(o.image ?? o.thumbnailUrl);
    facts.description ??= str(o.description);
    facts.url ??= str(o.url);
  }
  if (!facts.publisher) {
    const org = all.find((o) => types(o).some((t) => t === 'Organization' || t === 'NewsMediaOrganization'));
    if (org) facts.publisher = str(org.name);
  }
  return facts;
}

function meta($: Query, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = $(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`).first().attr('content');
    const c = v ? clean(v) : null;
    if (c) return c;
  }
  return null;
}

// Where pages mark the author in their visible text (microdata, rel=author, byline classes),
// most specific first.
const BYLINE_SELECTORS = [
  '[itemprop~="author"] [itemprop="name"]',
  '[itemprop~="author"]',
  '[rel="author"]',
  '[class*="byline"]',
  '[class*="author-name"]',
  '[class*="author"]',
  '[id*="byline"]',
];
const BYLINE_MAX_CHARS = 100;

function visibleByline($: Query): string | null {
  for (const sel of BYLINE_SELECTORS) {
    let found: string | null = null;
    $(sel).each((_, el) => {
      const raw = textOf(el, BYLINE_MAX_CHARS);
      const t = raw === null ? null : clean(raw);
      if (t && t.length <= BYLINE_MAX_CHARS && /\p{L}/u.test(t)) {
        found = t;
        return false;
      }
      return undefined;
    });
    if (found) return found;
  }
  return null;
}

// Hostile pages: cheerio's own `$(selector)` walks the tree with domutils' find, whose stack is
// shifted and unshifted (O(depth) per node: minutes on a page nested 100,000 levels deep), and
// `.text()` recurses (a stack overflow as deep). Selectors here are run over one flat list of
// the elements instead (css-select's matching, as before), and text is gathered with a stack.
type Query = (selector: string) => Cheerio<Element>;

function linearQuery(page: CheerioAPI): Query {
  const all: Element[] = [];
  // And by tag name: most selectors here name one (meta, script, time…), and a page of a
  // million elements holds few of those.
  const byTag = new Map<string, Element[]>();
  const stack: AnyNode[] = [page.root()[0] as AnyNode];
  while (stack.length) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      const el = n as Element;
      all.push(el);
      const list = byTag.get(el.name);
      if (list) list.push(el);
      else byTag.set(el.name, [el]);
    }
    pushChildren(stack, n);
  }
  const elements = page(all);
  return (selector) => {
    const tag = subjectTag(selector);
    return (tag === null ? elements : page(byTag.get(tag) ?? [])).filter(selector);
  };
}

// "meta[name="x"], meta[property="x"]", "article time[datetime]": the tag every match has, when
// each alternative ends in that tag with at most attribute tests; else null.
const ALTERNATIVE = /^(?:[a-z][a-z0-9]*\s+)?([a-z][a-z0-9]*)(?:\[[^\]]*\])*$/;

function subjectTag(selector: string): string | null {
  let tag: string | null = null;
  for (const part of selector.split(',')) {
    const m = ALTERNATIVE.exec(part.trim());
    if (!m || (tag !== null && m[1] !== tag)) return null;
    tag = m[1] as string;
  }
  return tag;
}

// (domhandler's own type guards are not imported: a plain-text run of the CLI never loads it.)
function pushChildren(stack: AnyNode[], n: AnyNode): void {
  if (n.type === 'comment' || !('children' in n)) return;
  for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as AnyNode);
}

/** The text under `el` in document order, or null once it passes `max` non-space characters or
 * `max` × 10 nodes: more than any byline holds (an author box around a whole page is not read to
 * its end, which on nested boxes would be quadratic). */
function textOf(el: AnyNode, max: number): string | null {
  let out = '';
  let letters = 0;
  let nodes = 0;
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const n = stack.pop() as AnyNode;
    // Entities still in the text (double-encoded) shrink when cleaned: a margin of 10×.
    if (++nodes > max * 10) return null;
    if (n.type === 'text') {
      const data = (n as Text).data;
      // (A text node this long is no byline, however much of it is spaces.)
      if (data.length > max * 100) return null;
      out += data;
      letters += data.replace(/\s+/g, '').length;
      if (letters > max * 10) return null;
    } else pushChildren(stack, n);
  }
  return out;
}

/** Reads the page's own declarations. */
export function declaredMetadata(page: CheerioAPI): DeclaredMetadata {
  const $ = linearQuery(page);
  const ld = jsonLd($);
  const documentTitle = clean($('title').first().text());
  const timeEl = $('article time[datetime], time[pubdate], time[datetime]').first().attr('datetime');
  return {
    title: ld.headline ?? meta($, 'og:title', 'twitter:title', 'dc.title', 'DC.title') ?? documentTitle,
    documentTitle,
    siteName: meta($, 'og:site_name', 'application-name', 'twitter:site') ?? ld.publisher,
    byline: ld.author,
    bylineHint:
      meta($, 'author', 'article:author', 'dc.creator', 'DC.creator', 'byl', 'parsely-author') ?? visibleByline($),
    published:
      ld.published ??
      meta(
        $,
        'article:published_time',
        'datePublished',
        'date',
        'dc.date',
        'DC.date',
        'pubdate',
        'publishdate',
        'parsely-pub-date',
        'og:published_time',
      ) ??
      (timeEl ? clean(timeEl) : null),
    description: meta($, 'og:description', 'description', 'twitter:description') ?? ld.description,
    image: meta($, 'og:image', 'twitter:image') ?? ld.image,
    url: $('link[rel="canonical"]').first().attr('href') ?? meta($, 'og:url') ?? ld.url,
    lang: clean($('html').first().attr('lang') ?? '') ?? meta($, 'og:locale', 'content-language', 'language'),
    articleBody: ld.articleBody,
  };
}
