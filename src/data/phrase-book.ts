import { readdirSync, readFileSync } from 'node:fs';
import { matchKey } from '../text/words.js';
import type { PhraseFile } from '../types.js';
import { dataDir } from './location.js';

/** All boilerplate knowledge, indexed for matching. Built once from the bundled files. */
export interface PhraseBook {
  /** Whole-line UI strings of every language: key → category. */
  lines: Map<string, string>;
  /** Per language: phrases that mark a short line, with their category. */
  contains: Map<string, { phrase: string; category: string }[]>;
  endMarkers: Set<string>;
  /** Legal phrases of every language ("all rights reserved"…), to cut copyright notices. */
  legal: string[];
  bylinePrefixes: string[];
  creditPrefixes: string[];
  sourcePrefixes: string[];
  datePrefixes: string[];
  agencies: Set<string>;
}

const ALL = '*';

function readJson<T>(url: URL): T {
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

function bundledFiles(): PhraseFile[] {
  const dir = new URL('boilerplate/', dataDir());
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson<PhraseFile>(new URL(f, dir)));
}

function uniqueSorted(keys: Iterable<string>): string[] {
  // Longest first, so "crédit photo" wins over "crédit" when both prefix a line.
  return [...new Set(keys)].filter(Boolean).sort((a, b) => b.length - a.length || a.localeCompare(b));
}

export function buildPhraseBook(files: PhraseFile[], agencies: string[]): PhraseBook {
  const book: PhraseBook = {
    lines: new Map(),
    contains: new Map(),
    endMarkers: new Set(),
    legal: [],
    bylinePrefixes: [],
    creditPrefixes: [],
    sourcePrefixes: [],
    datePrefixes: [],
    agencies: new Set(agencies.map((a) => matchKey(a))),
  };
  const byline: string[] = [];
  const credit: string[] = [];
  const source: string[] = [];
  const date: string[] = [];
  for (const file of files) {
    for (const [category, list] of Object.entries(file.lines ?? {})) {
      for (const phrase of list) {
        const key = matchKey(phrase);
        if (key && !book.lines.has(key)) book.lines.set(key, category);
      }
    }
    const lang = file.lang ?? ALL;
    const bucket = book.contains.get(lang) ?? [];
    for (const [category, list] of Object.entries(file.contains ?? {})) {
      for (const phrase of list) {
        const key = matchKey(phrase);
        if (key) bucket.push({ phrase: key, category });
        if (key && category === 'legal') book.legal.push(key);
      }
    }
    book.contains.set(lang, bucket);
    for (const m of file.endMarkers ?? []) book.endMarkers.add(matchKey(m));
    byline.push(...(file.bylinePrefixes ?? []).map(matchKey));
    credit.push(...(file.creditPrefixes ?? []).map(matchKey));
    source.push(...(file.sourcePrefixes ?? []).map(matchKey));
    date.push(...(file.datePrefixes ?? []).map(matchKey));
  }
  book.bylinePrefixes = uniqueSorted(byline);
  book.creditPrefixes = uniqueSorted(credit);
  book.sourcePrefixes = uniqueSorted(source);
  book.datePrefixes = uniqueSorted(date);
  return book;
}

/** The phrase book as plain JSON, written at build time so that start-up skips normalising. */
export interface SerializedBook {
  lines: [string, string][];
  contains: [string, { phrase: string; category: string }[]][];
  endMarkers: string[];
  legal: string[];
  bylinePrefixes: string[];
  creditPrefixes: string[];
  sourcePrefixes: string[];
  datePrefixes: string[];
  agencies: string[];
}

export function serializeBook(book: PhraseBook): SerializedBook {
  return {
    lines: [...book.lines],
    contains: [...book.contains],
    endMarkers: [...book.endMarkers],
    legal: book.legal,
    bylinePrefixes: book.bylinePrefixes,
    creditPrefixes: book.creditPrefixes,
    sourcePrefixes: book.sourcePrefixes,
    datePrefixes: book.datePrefixes,
    agencies: [...book.agencies],
  };
}

export function deserializeBook(s: SerializedBook): PhraseBook {
  return {
    lines: new Map(s.lines),
    contains: new Map(s.contains),
    endMarkers: new Set(s.endMarkers),
    legal: s.legal,
    bylinePrefixes: s.bylinePrefixes,
    creditPrefixes: s.creditPrefixes,
    sourcePrefixes: s.sourcePrefixes,
    datePrefixes: s.datePrefixes,
    agencies: new Set(s.agencies),
  };
}

export const CACHE_FILE = 'phrase-book.cache.json';

let bundled: { files: PhraseFile[]; agencies: string[] } | undefined;
const cache = new WeakMap<PhraseFile[], PhraseBook>();
let defaultBook: PhraseBook | undefined;

function bundledData(): { files: PhraseFile[]; agencies: string[] } {
  bundled ??= {
    files: bundledFiles(),
    agencies: readJson<{ agencies: string[] }>(new URL('agencies.json', dataDir())).agencies,
  };
  return bundled;
}

/** The bundled phrase book (from the build's cache when there is one), built from the data files. */
export function bundledBook(useCache = true): PhraseBook {
  if (defaultBook) return defaultBook;
  if (useCache) {
    try {
      defaultBook = deserializeBook(readJson<SerializedBook>(new URL(CACHE_FILE, dataDir())));
      return defaultBook;
    } catch {
      // No cache (running from source): build it.
    }
  }
  const { files, agencies } = bundledData();
  defaultBook = buildPhraseBook(files, agencies);
  return defaultBook;
}

/** The bundled phrase book, extended with the user's files when given. */
export function phraseBook(extra?: PhraseFile[]): PhraseBook {
  if (!extra || extra.length === 0) return bundledBook();
  let book = cache.get(extra);
  if (!book) {
    // User files come first so that their categories win on conflicts.
    const { files, agencies } = bundledData();
    book = buildPhraseBook([...extra, ...files], agencies);
    cache.set(extra, book);
  }
  return book;
}

/** Phrases to look for inside lines of an article in `langs` (their own, English, and user-wide ones). */
export function containsFor(book: PhraseBook, langs: string[]): { phrase: string; category: string }[] {
  const all = [...new Set([...langs, 'en', ALL])];
  // The same list object for the same languages: the phrase index is cached per list.
  let byLangs = containsCache.get(book);
  if (!byLangs) {
    byLangs = new Map();
    containsCache.set(book, byLangs);
  }
  const key = all.join(',');
  let list = byLangs.get(key);
  if (!list) {
    list = all.flatMap((l) => book.contains.get(l) ?? []);
    byLangs.set(key, list);
  }
  return list;
}

const containsCache = new WeakMap<PhraseBook, Map<string, { phrase: string; category: string }[]>>();
