import { type Context } from './context.js';
import type { Quality } from './quality.js';
/** The container holding the article, or null when the markup gives no single one. */
export declare function mainContainer(ctx: Context, qualities: Quality[], parents: readonly number[], region: {
    start: number;
    end: number;
}): number | null;
/** Whether the block's container is `main` or inside it. */
export declare function inside(parents: readonly number[], container: number, main: number): boolean;
export declare function dropOutsideContainer(ctx: Context, parents: readonly number[], main: number, region: {
    start: number;
    end: number;
} | null): void;
export declare function keepInsideContainer(ctx: Context, parents: readonly number[], main: number, region: {
    start: number;
    end: number;
} | null): void;
