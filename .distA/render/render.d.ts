import type { Article } from '../types.js';
export declare const FORMATS: readonly ["json", "md", "text", "ndjson"];
export type OutputFormat = (typeof FORMATS)[number];
/** Stage 5: an article as the chosen format, ending with a newline. */
export declare function render(article: Article, format: OutputFormat): string;
