import type { PhraseFile } from '../types.js';
/** All boilerplate knowledge, indexed for matching. Built once from the bundled files. */
export interface PhraseBook {
    /** Whole-line UI strings of every language: key → category. */
    lines: Map<string, string>;
    /** Per language: phrases that mark a short line, with their category. */
    contains: Map<string, {
        phrase: string;
        category: string;
    }[]>;
    endMarkers: Set<string>;
    /** Legal phrases of every language ("all rights reserved"…), to cut copyright notices. */
    legal: string[];
    bylinePrefixes: string[];
    creditPrefixes: string[];
    datePrefixes: string[];
    agencies: Set<string>;
}
export declare function buildPhraseBook(files: PhraseFile[], agencies: string[]): PhraseBook;
/** The phrase book as plain JSON, written at build time so that start-up skips normalising. */
export interface SerializedBook {
    lines: [string, string][];
    contains: [string, {
        phrase: string;
        category: string;
    }[]][];
    endMarkers: string[];
    legal: string[];
    bylinePrefixes: string[];
    creditPrefixes: string[];
    datePrefixes: string[];
    agencies: string[];
}
export declare function serializeBook(book: PhraseBook): SerializedBook;
export declare function deserializeBook(s: SerializedBook): PhraseBook;
export declare const CACHE_FILE = "phrase-book.cache.json";
/** The bundled phrase book (from the build's cache when there is one), built from the data files. */
export declare function bundledBook(useCache?: boolean): PhraseBook;
/** The bundled phrase book, extended with the user's files when given. */
export declare function phraseBook(extra?: PhraseFile[]): PhraseBook;
/** Phrases to look for inside lines of an article in `langs` (their own, English, and user-wide ones). */
export declare function containsFor(book: PhraseBook, langs: string[]): {
    phrase: string;
    category: string;
}[];
