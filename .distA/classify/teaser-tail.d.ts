import { type Context } from './context.js';
import type { Quality } from './quality.js';
/**
 * The end of the region once a trailing list of teasers is taken off, dropping the list; the
 * region's own end when there is none.
 */
export declare function trimTeaserTail(ctx: Context, qualities: Quality[], region: {
    start: number;
    end: number;
}): number;
