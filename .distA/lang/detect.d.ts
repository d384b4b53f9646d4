export declare const MIN_DETECT_CHARS = 100;
export interface Language {
    lang: string;
    lang3: string;
}
export declare const UNDETERMINED: Language;
/** Written by scripts/bundle-franc.mjs into dist/data/. */
export declare const FRANC_BUNDLE = "franc-min.cjs";
export interface Candidate {
    lang: string;
    coverage: number;
}
/**
 * Detects the language of a whole text (never call it on single short lines). `candidates`,
 * ranked by stopwords, narrow franc's comparison to a few languages: same answer, a fraction
 * of the time.
 */
export declare function detectLanguage(text: string, hint?: string, candidates?: Candidate[]): Language;
