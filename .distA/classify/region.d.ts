import { type Context } from './context.js';
import type { Quality } from './quality.js';
/** The run of blocks in [from, to] with the largest total score (maximum subarray), or null. */
export declare function bestRun(ctx: Context, qualities: Quality[], from: number, to: number): {
    start: number;
    end: number;
    sum: number;
} | null;
/** A comments heading or count ("Comments", "12 Comments"): a marker that always ends an article. */
export declare function isCommentsMarker(ctx: Context, i: number): boolean;
/** The best run in [from, to] that crosses no end marker: each stretch between markers competes. */
export declare function bestRunBetweenMarkers(ctx: Context, qualities: Quality[], from: number, to: number): {
    start: number;
    end: number;
    sum: number;
} | null;
/**
 * The article is the contiguous run of blocks with the largest total score (maximum subarray):
 * prose pulls the region outwards, menus, labels and link lists push it back.
 */
export declare function findRegion(ctx: Context, qualities: Quality[]): {
    start: number;
    end: number;
} | null;
