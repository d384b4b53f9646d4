import type { Block } from '../types.js';
/** The wrap width of a hard-wrapped text, or null when lines are paragraphs already. */
export declare function wrapWidth(lines: string[]): number | null;
/**
 * Stage 2 for plain text: every non-empty line is a block, except that the lines of a
 * hard-wrapped paragraph are joined into one; blank lines become `gapBefore`.
 */
export declare function blocksFromText(text: string): Block[];
