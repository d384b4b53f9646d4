import type { Article, CleanOptions, CleanResult } from './types.js';
/** The whole pipeline, returning the per-block decisions as well as the article. */
export declare function cleanDetailed(input: string | Uint8Array, options?: CleanOptions): CleanResult;
/** Cleans one page (text or bytes) and returns the article, as the CLI prints it in JSON. */
export declare function cleanArticle(input: string | Uint8Array, options?: CleanOptions): Article;
