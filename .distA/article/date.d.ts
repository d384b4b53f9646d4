/** The first calendar date in a line, as YYYY-MM-DD; `monthFirst` reads 03/12/2024 as March 12. */
export declare function parseDate(text: string, monthFirst?: boolean): string | null;
