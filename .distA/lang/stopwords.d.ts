export declare const STOPWORDS_CACHE = "stopwords.cache.json";
export declare const STOPWORDS_DIR = "stopwords";
export interface StopwordCache {
    /** Languages in stopwords-iso's order (ties in the ranking keep it). */
    languages: string[];
    /** Number of unique stopwords per language. */
    sizes: Record<string, number>;
    /** The word → bit mask map of `langs` (stopword-rank.ts), as mask → words. */
    masks: {
        langs: string[];
        words: Record<string, string[]>;
    };
}
export declare function stopwordLanguages(): string[];
/** The stopword set of a language (ISO 639-1), empty when the language has none. */
export declare function stopwords(lang: string): Set<string>;
/** How many stopwords a language has, without reading its list. */
export declare function stopwordCount(lang: string): number;
/** The cached word → language-mask map of `langs`, when the build wrote one for the same list. */
export declare function cachedLanguageMasks(langs: string[]): Map<string, number> | undefined;
/** What the build writes (scripts/cache-stopwords.mjs): the cache, and each language's list. */
export declare function stopwordCache(masks: Map<string, number>, langs: string[]): {
    cache: StopwordCache;
    lists: Record<string, string[]>;
};
