import type { CleanOptions, PageTemplate } from '../types.js';
/** How lines become template: in more than `threshold` of a group's pages, and in at least `minDocs`. */
export interface LearnSettings {
    threshold: number;
    minDocs: number;
}
export declare const DEFAULT_LEARN: LearnSettings;
/** The template file (--template / --save-template): per group, its page count and lines. */
export interface TemplateFile {
    format: 'clean-article-template';
    version: 1;
    threshold: number;
    minDocs: number;
    groups: Record<string, {
        docs: number;
        lines: Record<string, number>;
    }>;
}
/** Counts, per group, in how many pages each normalised line occurs. */
export declare class TemplateLearner {
    private readonly groups;
    /** Pages already counted, by a hash of their lines: a page scraped twice must not count as two. */
    private readonly seen;
    docsIn(group: string): number;
    /**
     * Adds one page: each distinct line counts once, however often the page repeats it. A page
     * whose lines equal an earlier page's (the same article fetched twice) is not counted again.
     */
    add(folderOrHost: string, page: string | Uint8Array, options?: Pick<CleanOptions, 'type' | 'encoding'>): boolean;
    /** Keeps the lines above the threshold; the counts of all other lines are let go. */
    build(settings: LearnSettings): Template;
}
/** Learned lines per group, with the lookup that finds a page's group. */
export declare class Template {
    readonly groups: ReadonlyMap<string, PageTemplate>;
    readonly settings: LearnSettings;
    constructor(groups: ReadonlyMap<string, PageTemplate>, settings: LearnSettings);
    /**
     * The template of a page's group: the same name; else the folder group sharing the most
     * trailing folder names with it (a template learned from ".../jan/siteA" applies to
     * ".../feb/siteA"); else the only group of a template learned from one folder. Hosts match
     * only themselves.
     */
    lookup(group: string): PageTemplate | undefined;
    get size(): number;
    lineCount(): number;
    toFile(): TemplateFile;
    /** Reads a template file; throws an Error whose message says what is wrong. */
    static fromFile(data: unknown): Template;
}
