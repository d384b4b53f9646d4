import type { Classification } from '../classify/classify.js';
import type { PhraseBook } from '../data/phrase-book.js';
import type { Article, DeclaredMetadata, SourceInfo } from '../types.js';
/** What the HTML path adds to assembling: the page's declarations and the output options. */
export interface HtmlContext {
    declared: DeclaredMetadata;
    comments: boolean;
    links: boolean;
    images: boolean;
}
/** Stage 4: title, body, metadata and language from the classified blocks. */
export declare function assemble(cls: Classification, book: PhraseBook, source: SourceInfo, langHint?: string, explain?: boolean, html?: HtmlContext): Article;
