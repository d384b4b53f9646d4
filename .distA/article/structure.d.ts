import type { ClassifiedBlock, ParagraphStructure } from '../types.js';
/** Turns the walk's link and image markers into Markdown, or drops them. */
export declare function finishInline(md: string, links: boolean, images: boolean): string;
/** The structure of the kept HTML paragraphs, for the Markdown renderer. */
export declare function structureOf(kept: ClassifiedBlock[], links: boolean, images: boolean): ParagraphStructure[];
/** Reader comments: prose nested inside a comment item (a comment-classed element within the comments section). */
export declare function commentsOf(blocks: ClassifiedBlock[]): string[];
