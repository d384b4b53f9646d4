import type { Classification } from '../classify/classify.js';
/** wordCount of block i's text. */
export declare function blockWords(cls: Classification, i: number): number;
/** wordCount of the blocks' texts joined by blank lines (a separator adds no word). */
export declare function textWords(cls: Classification, blocks: number[]): number;
