import { type AttributeHints, NO_ATTRIBUTE_HINTS, readHints } from './hints.js';

// What an element's class and id say, read once per element while the parser builds it (see
// parse.ts): the walk's furniture and body hints, and the declarations' date and byline tests.
// Both passes used to look the same class string up in caches of their own, which cost more than
// the reading itself (a hash of the string and a probe of a table of thousands, per element and
// pass: 6% of the HTML path).

/** What an element's class and id say. */
export interface ClassIdFacts {
  hints: AttributeHints;
  /** A class or id word naming a date ("date", "post-date", "articleDate"). */
  date: boolean;
  /** Mentions an author, byline or name: the byline tests may pass. */
  maybeByline: boolean;
  /** Author-ish markup that holds no byline (a comment's author, a form label, an avatar). */
  notByline: boolean;
}

// "date", "news-date", "post-date", "entry-date", "publishingdate", "time" as a class or id word;
// "lastmod", the wiki footer's "This page was last edited on …".
const DATE_CLASS =
  /(?:^|[\s_-])(?:date|time|published|publishingdate|publish-date|post-created|dateline|lastmod)(?:$|[\s_-])/i;
// The same word ending a camel-case name: "recipeDate", "articleDate", "gmi_rp_createDate_text".
const CAMEL_DATE = /[a-z]Date(?:$|[\s_-])/;
// Author-ish markup that holds no byline: a comment's author, the comment form's "Name *" label,
// the "Posted by" label before the name.
const NOT_BYLINE = /comment|respond|reply|prep|label|avatar|(?:^|[\s_-])form(?:$|[\s_-])/;
export const MAYBE_BYLINE = /author|byline|name/;

export const NO_FACTS: ClassIdFacts = { hints: NO_ATTRIBUTE_HINTS, date: false, maybeByline: false, notByline: false };

const CACHE_MAX = 20_000;

/**
 * `read` of an element's class and id as one string ("class id"), memoised on that string: pages
 * repeat the same class strings on hundreds of elements, so each is read once. Elements with a
 * class and no id (most) are looked up by the class string itself, which spares building the key.
 */
function memoByClassId<T>(read: (classId: string) => T): (className?: string, id?: string) => T {
  const byClass = new Map<string, T>();
  const byBoth = new Map<string, T>();
  return (className, id) => {
    const c = className ?? '';
    const cache = id === undefined ? byClass : byBoth;
    const key = id === undefined ? c : `${c} ${id}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = read(id === undefined ? `${c} ` : key);
    if (cache.size >= CACHE_MAX) cache.clear();
    // An attribute's value is a slice of the page's source, which a key kept as such would keep
    // alive: the class-only key is stored as a copy (a built key is a new string already).
    cache.set(id === undefined ? ` ${c}`.slice(1) : key, value);
    return value;
  };
}

const factsOf = memoByClassId((classId): ClassIdFacts => {
  const hints = readHints(classId.toLowerCase());
  const date = DATE_CLASS.test(classId) || CAMEL_DATE.test(classId);
  const maybeByline = MAYBE_BYLINE.test(classId);
  const notByline = NOT_BYLINE.test(classId);
  return hints === NO_ATTRIBUTE_HINTS && !date && !maybeByline && !notByline
    ? NO_FACTS
    : { hints, date, maybeByline, notByline };
});

/** What a class and id say (most elements carry neither: they are not looked up). */
export function classIdFacts(className: string | undefined, id: string | undefined): ClassIdFacts {
  return className === undefined && id === undefined ? NO_FACTS : factsOf(className, id);
}

/** An element as parse.ts builds it: its class and id already read. */
export interface ReadElement {
  facts?: ClassIdFacts;
  attribs: Record<string, string>;
}

/** The facts of an element: read by the parser, or now for a tree built elsewhere. */
export function factsOfElement(el: ReadElement): ClassIdFacts {
  return el.facts ?? classIdFacts(el.attribs.class, el.attribs.id);
}
