export declare class PrefixSet {
    private readonly byFirst;
    private readonly all;
    /** The first character of every phrase. */
    private readonly firstChars;
    /** The first two characters of every longer phrase, and the one-character phrases. */
    private readonly openings;
    /** Length of the longest phrase: only that much of a line is ever lowercased. */
    readonly maxLength: number;
    /** `phrases` lowercased; for CJK ones (no spaces) the first character is the index key. */
    constructor(phrases: Iterable<string>);
    has(phrase: string): boolean;
    /** The opening of `text`, lowercased, long enough for any phrase (and the character after it). */
    head(text: string): string;
    /**
     * Whether a text whose first character lowercases to `first` can start with a phrase: most
     * lines are ruled out before their opening is lowercased and split.
     */
    mayStartWith(first: string): boolean;
    /** The longest phrase that `lower` starts with, ending at a word boundary (CJK: anywhere). */
    atStart(lower: string): string | null;
    private startIn;
    /**
     * The phrase made of the last one to four words of `text` (lowercased), if any. Read from the
     * end, word by word, and only as far as the longest phrase reaches: lines can be paragraphs.
     */
    atEnd(text: string): string | null;
}
