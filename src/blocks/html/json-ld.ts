import { dropInvisible } from '../../decode/normalize.js';

// The page's JSON-LD: the article's headline, author, dates, publisher and body, read leniently
// (CDATA wrappers, trailing commas, references by @id) and with bounded depth.

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|ScholarlyArticle|TechArticle|SocialMediaPosting|LiveBlogPosting|Posting|WebPage|Recipe|HowTo)$/;

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

/** Entities decoded, invisible characters dropped, spaces collapsed; null when nothing is left. */
export function clean(s: string): string | null {
  const t = dropInvisible(decodeEntities(s)).replace(/\s+/g, ' ').trim();
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

/** The people named as authors; with `orgs`, the organisations instead. */
function people(v: Json | undefined, byId: Map<string, JsonObject>, orgs = false): string | null {
  if (v === undefined || v === null) return null;
  const list = Array.isArray(v) ? v : [v];
  const names: string[] = [];
  for (const ref of list) {
    // Graphs (Yoast and others) name the author by reference: {"@id": "…#/schema/person/…"}.
    const p = isObject(ref) && typeof ref['@id'] === 'string' && !ref.name ? (byId.get(ref['@id']) ?? ref) : ref;
    // An Organization as author is often the publisher: only a last resort for the byline.
    if ((isObject(p) && types(p).some((t) => t.endsWith('Organization'))) !== orgs) continue;
    const n = str(p);
    if (n && !/^https?:\/\//.test(n)) names.push(n);
  }
  return names.length ? [...new Set(names)].join(', ') : null;
}

// Some CMSs wrap the JSON in a CDATA section or an HTML comment (for old XHTML parsers).
const WRAPPER = /^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g;

function parseJsonLd(raw: string): Json | undefined {
  const text = raw.includes('<!') ? raw.replace(WRAPPER, '') : raw;
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

export interface JsonLdFacts {
  headline: string | null;
  author: string | null;
  authorOrg: string | null;
  published: string | null;
  publisher: string | null;
  articleBody: string | null;
  image: string | null;
  description: string | null;
  url: string | null;
}

/** What the page's JSON-LD scripts say about the article, the most specific declaration first. */
export function jsonLd(scripts: string[]): JsonLdFacts {
  const facts: JsonLdFacts = {
    headline: null,
    author: null,
    authorOrg: null,
    published: null,
    publisher: null,
    articleBody: null,
    image: null,
    description: null,
    url: null,
  };
  const all: JsonObject[] = [];
  for (const text of scripts) {
    const doc = parseJsonLd(text);
    if (doc !== undefined) objects(doc, all);
  }
  const byId = new Map<string, JsonObject>();
  for (const o of all) if (typeof o['@id'] === 'string' && !byId.has(o['@id'])) byId.set(o['@id'], o);
  // Articles first, then web pages: the most specific declaration wins.
  const ranked = all
    .filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t)))
    .sort((a, b) => Number(types(a).includes('WebPage')) - Number(types(b).includes('WebPage')));
  for (const o of ranked) {
    facts.headline ??= str(o.headline) ?? (types(o).includes('WebPage') ? null : str(o.name));
    facts.author ??= people(o.author ?? o.creator, byId);
    facts.authorOrg ??= people(o.author ?? o.creator, byId, true);
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
