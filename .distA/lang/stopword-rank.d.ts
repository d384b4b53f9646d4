export interface LanguageScore {
    /** ISO 639-1, as stopwords-iso names its lists. */
    lang: string;
    /** Share of the sample's words that are in this language's stoplist. */
    coverage: number;
    score: number;
}
/**
 * Languages ranked by how many of the text's words are their stopwords: a cheap first guess
 * that picks the stoplist and narrows the candidates franc has to compare.
 */
export declare function rankByStopwords(text: string): LanguageScore[];
/** The common languages' word → mask map (from the build's cache when there is one). */
export declare function commonLanguageMasks(): Map<string, number>;
export { COMMON as COMMON_LANGUAGES };
declare const COMMON: string[];
