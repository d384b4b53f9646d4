export declare function looksLikeName(name: string): boolean;
/** "By Jane Roe", "Von Anna Müller | 12.03.2024", "Автор: Иван Петров" → the name, else null. */
export declare function parseByline(text: string, prefixes: string[]): string | null;
