import type { Classification } from '../classify/classify.js';
/** The headline: the nearest title-like line above the body, or the body's first line. */
export declare function findTitle(cls: Classification): number | null;
/** Strips " - Site Name" / " | Site Name" from a title. */
export declare function stripSiteName(title: string, siteName: string | null): string;
