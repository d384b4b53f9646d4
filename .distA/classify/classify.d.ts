import { type PhraseBook } from '../data/phrase-book.js';
import type { Candidate } from '../lang/detect.js';
import type { WordParts } from '../text/words.js';
import type { Block, ClassifiedBlock, ImageInfo, PageTemplate } from '../types.js';
export interface Classification {
    blocks: ClassifiedBlock[];
    /** Page-level language guess (ISO 639-1) used to choose stopwords and phrases. */
    lang: string;
    /** Languages ranked by the page's stopwords, for the final detection on the kept text. */
    candidates: Candidate[];
    siteName: string | null;
    images: ImageInfo[];
    /** First and last block of the article body, or null when none was found. */
    region: {
        start: number;
        end: number;
    } | null;
    /** wordCount of each block's text, in parts that add up (see features.ts). */
    wordParts: WordParts[];
}
/** Stage 3: decides for every block whether it belongs to the article, and why. */
export declare function classify(blocks: Block[], book: PhraseBook, langHint?: string, containerParent?: readonly number[], template?: PageTemplate): Classification;
