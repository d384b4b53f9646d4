import type { ClassifiedBlock, DeclaredMetadata } from '../types.js';
/** "Headline | Site" → "Headline", when a part names the site or the rest is clearly the headline. */
export declare function stripTitleSite(title: string, siteName: string | null): string;
/** The headline: a visible h1/h2 that a declaration confirms, else the best declaration. */
export declare function declaredTitle(declared: DeclaredMetadata, blocks: ClassifiedBlock[], siteName: string | null): {
    title: string;
    at: number | null;
} | null;
/** A date in the page's address ("/2020/01/13/slug"), as blogs and news sites write them. */
export declare function urlDate(url: string | null): string | null;
/** A declared date as YYYY-MM-DD, in the page's own time zone (the date as written). */
export declare function declaredDate(value: string | null): string | null;
/** A declared author, without its "By", unless it is a link or the site itself. */
export declare function declaredByline(value: string | null, siteName: string | null, prefixes?: string[]): string | null;
/** The language: the detection when the text is long enough to tell, else the declaration. */
export declare function reconcileLang(declared: string | null, detected: string, textLength: number): string;
