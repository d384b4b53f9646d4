/** Line endings to LF, invisible and control characters removed, lone surrogates replaced. */
export declare function normalizeText(text: string): string;
export declare function collapseSpaces(line: string): string;
