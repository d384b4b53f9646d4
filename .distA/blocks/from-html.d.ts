import type { Block, DeclaredMetadata } from '../types.js';
export interface HtmlDocument {
    blocks: Block[];
    /** Container tree: for each container id, its parent's (see walk.ts). */
    containerParent: number[];
    declared: DeclaredMetadata;
}
/** Stage 2 for HTML: the page's visible text as blocks with their markup evidence, and its declarations. */
export declare function blocksFromHtml(html: string): HtmlDocument;
