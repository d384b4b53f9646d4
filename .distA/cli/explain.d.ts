import type { Article, Removal } from '../types.js';
export interface Painter {
    dim(s: string): string;
    rule(s: string): string;
    title(s: string): string;
}
/** Colours for stderr: chalk when stderr is a terminal, none when piped or under NO_COLOR. */
export declare function stderrPainter(): Promise<Painter>;
/** One line per removed line: where it was, which rule removed it and why. */
export declare function formatRemovals(article: Article, paint: Painter, header: boolean): string;
export declare function formatRemovalList(path: string, removed: Removal[], paint: Painter, header: boolean): string;
