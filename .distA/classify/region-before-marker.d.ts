import { type Context } from './context.js';
import type { Quality } from './quality.js';
export declare function proseBeforeMarker(ctx: Context, qualities: Quality[], region: {
    start: number;
    end: number;
} | null): {
    start: number;
    end: number;
} | null;
