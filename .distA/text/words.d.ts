/** Only ASCII, Latin letters, General Punctuation and currency signs: no marks, no CJK, no other script. */
export declare function latinText(text: string): boolean;
export declare function words(text: string): string[];
/** Letters of a latinText() text, counted up to `max`: what /\p{L}/u matches there. */
export declare function latinLetters(text: string, max: number): number;
/** Words of an ASCII text, counted without building them: the same as words(text).length. */
export declare function countAsciiWords(text: string): number;
/** Words of any text (the length of words(text)), without building them for ASCII text. */
export declare function countWords(text: string): number;
/**
 * wordCount in its two additive parts: words outside CJK runs, and CJK characters. Texts joined
 * by blank lines have the sums of their parts, so a page's count comes from its lines' counts.
 */
export interface WordParts {
    plain: number;
    cjk: number;
}
export declare function wordParts(text: string): WordParts;
export declare const partsToCount: (p: WordParts) => number;
/** What /\s/ matches, for one UTF-16 code unit. */
export declare function isSpace(c: number): boolean;
/** How many ' ' a text has: split(' ').length - 1, without the array. */
export declare function countSpaces(text: string, upTo?: number): number;
/** Index of the last character of `text` that /\s/ matches, or -1. */
export declare function lastSpace(text: string): number;
/** Word count, with CJK runs counted as one word per two characters. */
export declare function wordCount(text: string): number;
/**
 * Ends in sentence punctuation, perhaps followed by closing quotes ("« Bien sûr. »"), but not in
 * an ellipsis. Read backwards from the end: a regex anchored at $ would scan the whole line.
 */
export declare function endsLikeSentence(text: string): boolean;
export declare function matchKey(text: string): string;
/**
 * The text without its trailing punctuation: what .replace(/[^\p{L}\p{N}'-]+$/u, '') leaves, read
 * from the end (that regex is slow to compile and scans the whole text).
 */
export declare function trimTokenEnd(text: string): string;
/** Short, unpunctuated, several words: how headlines of teasers and articles look. */
export declare function headlineLike(text: string, words: number, sentence: boolean): boolean;
