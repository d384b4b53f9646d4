import { type WordParts } from '../text/words.js';
import type { Block } from '../types.js';
/** Measures of one block that the rules read; computed once per block. */
export interface Features {
    words: number;
    chars: number;
    /** Letters in the block, counted up to 2: the rules only ask for none, one, or several. */
    letters: number;
    /** Share of the block's words that are stopwords of the article's language (0 when unknown). */
    stopDensity: number;
    sentence: boolean;
    key: string;
    /** wordCount(text) in its additive parts, so that the article's count is a sum over its lines. */
    counted: WordParts;
}
/**
 * `densityFrom`: the shortest line whose stopword density anyone reads (quality.ts judges shorter
 * lines by length alone), so shorter lines skip the stopword lookups.
 */
export declare function features(block: Block, stop: Set<string>, densityFrom?: number): Features;
