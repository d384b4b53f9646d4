export type Script = 'Latin' | 'Cyrillic' | 'Greek' | 'Arabic' | 'Hebrew' | 'Han' | 'Kana' | 'Hangul' | 'Devanagari' | 'Thai' | 'Georgian' | 'Armenian' | 'Other';
export declare function scriptOf(letter: string): Script;
/** Letters per script, ignoring URLs, e-mail addresses and @handles. */
export declare function scriptCounts(text: string): Map<Script, number>;
/** Japanese mixes Han and Kana; Chinese pages quote Latin brand names: treat CJK as one family. */
export declare function family(s: Script): Script;
export declare function dominantScript(counts: Map<Script, number>): Script | null;
/** The script that dominates a line, when it differs from `main` and has at least 4 letters. */
export declare function foreignScript(text: string, main: Script): Script | null;
