import type { PhraseFile } from '../types.js';
/** Reads and checks a user's --boilerplate file (same shape as src/data/boilerplate/*.json). */
export declare function loadPhraseFile(path: string): PhraseFile;
