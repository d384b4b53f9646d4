import type { CheerioAPI } from 'cheerio/slim';
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

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return clean(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v.name ?? v['@value'] ?? v.url);
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

function jsonLd($: CheerioAPI): JsonLdFacts {
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
    const doc = parseJsonLd($(el).text());
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

function meta($: CheerioAPI, ...keys: string[]): string | null {
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

function visibleByline($: CheerioAPI): string | null {
  for (const sel of BYLINE_SELECTORS) {
    let found: string | null = null;
    $(sel).each((_, el) => {
      const t = clean($(el).text());
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

/** Reads the page's own declarations. */
export function declaredMetadata($: CheerioAPI): DeclaredMetadata {
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
