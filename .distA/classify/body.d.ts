import { type Context } from './context.js';
import type { Quality } from './quality.js';
export declare function decideByRegion(ctx: Context, qualities: Quality[], region: {
    start: number;
    end: number;
} | null): void;
/**
 * A list the article announces ("Here are the ten best…:") and that the region left out: items
 * numbered 1, 2, 3… right after the body's last paragraph, each with an optional link line.
 */
export declare function announcedListAfter(ctx: Context, region: {
    start: number;
    end: number;
} | null): number;
