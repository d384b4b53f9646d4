import { readdirSync, readFileSync } from 'node:fs';
import { matchKey } from '../text/words.js';
import { dataDir } from './location.js';
const ALL = '*';
function readJson(url) {
    return JSON.parse(readFileSync(url, 'utf8'));
}
function bundledFiles() {
    const dir = new URL('boilerplate/', dataDir());
    return readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => readJson(new URL(f, dir)));
}
function uniqueSorted(keys) {
    // Longest first, so "crédit photo" wins over "crédit" when both prefix a line.
    return [...new Set(keys)].filter(Boolean).sort((a, b) => b.length - a.length || a.localeCompare(b));
}
export function buildPhraseBook(files, agencies) {
    const book = {
        lines: new Map(),
        contains: new Map(),
        endMarkers: new Set(),
        legal: [],
        bylinePrefixes: [],
        creditPrefixes: [],
        datePrefixes: [],
        agencies: new Set(agencies.map((a) => matchKey(a))),
    };
    const byline = [];
    const credit = [];
    const date = [];
    for (const file of files) {
        for (const [category, list] of Object.entries(file.lines ?? {})) {
            for (const phrase of list) {
                const key = matchKey(phrase);
                if (key && !book.lines.has(key))
                    book.lines.set(key, category);
            }
        }
        const lang = file.lang ?? ALL;
        const bucket = book.contains.get(lang) ?? [];
        for (const [category, list] of Object.entries(file.contains ?? {})) {
            for (const phrase of list) {
                const key = matchKey(phrase);
                if (key)
                    bucket.push({ phrase: key, category });
                if (key && category === 'legal')
                    book.legal.push(key);
            }
        }
        book.contains.set(lang, bucket);
        for (const m of file.endMarkers ?? [])
            book.endMarkers.add(matchKey(m));
        byline.push(...(file.bylinePrefixes ?? []).map(matchKey));
        credit.push(...(file.creditPrefixes ?? []).map(matchKey));
        date.push(...(file.datePrefixes ?? []).map(matchKey));
    }
    book.bylinePrefixes = uniqueSorted(byline);
    book.creditPrefixes = uniqueSorted(credit);
    book.datePrefixes = uniqueSorted(date);
    return book;
}
export function serializeBook(book) {
    return {
        lines: [...book.lines],
        contains: [...book.contains],
        endMarkers: [...book.endMarkers],
        legal: book.legal,
        bylinePrefixes: book.bylinePrefixes,
        creditPrefixes: book.creditPrefixes,
        datePrefixes: book.datePrefixes,
        agencies: [...book.agencies],
    };
}
export function deserializeBook(s) {
    return {
        lines: new Map(s.lines),
        contains: new Map(s.contains),
        endMarkers: new Set(s.endMarkers),
        legal: s.legal,
        bylinePrefixes: s.bylinePrefixes,
        creditPrefixes: s.creditPrefixes,
        datePrefixes: s.datePrefixes,
        agencies: new Set(s.agencies),
    };
}
export const CACHE_FILE = 'phrase-book.cache.json';
let bundled;
const cache = new WeakMap();
let defaultBook;
function bundledData() {
    bundled ??= {
        files: bundledFiles(),
        agencies: readJson(new URL('agencies.json', dataDir())).agencies,
    };
    return bundled;
}
/** The bundled phrase book (from the build's cache when there is one), built from the data files. */
export function bundledBook(useCache = true) {
    if (defaultBook)
        return defaultBook;
    if (useCache) {
        try {
            defaultBook = deserializeBook(readJson(new URL(CACHE_FILE, dataDir())));
            return defaultBook;
        }
        catch {
            // No cache (running from source): build it.
        }
    }
    const { files, agencies } = bundledData();
    defaultBook = buildPhraseBook(files, agencies);
    return defaultBook;
}
/** The bundled phrase book, extended with the user's files when given. */
export function phraseBook(extra) {
    if (!extra || extra.length === 0)
        return bundledBook();
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
export function containsFor(book, langs) {
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
const containsCache = new WeakMap();
