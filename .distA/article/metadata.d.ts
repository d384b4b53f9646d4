import type { Classification } from '../classify/classify.js';
import type { PhraseBook } from '../data/phrase-book.js';
export interface Metadata {
    byline: string | null;
    published: string | null;
}
/**
 * Finds the byline and publication date near the start of the body and marks their lines as
 * metadata, so that neither the body nor the title finder takes them.
 */
export declare function claimMetadata(cls: Classification, book: PhraseBook): Metadata;
/**
 * Date lines ("Updated Nov. 19, 2019 8:21 am ET") and a bare "By" (its name was a link the markup
 * dropped) anywhere in the kept text: page furniture, not article sentences.
 */
export declare function claimStrayMetadata(cls: Classification, book: PhraseBook): void;
