import { type Context } from '../context.js';
export declare function markupRule(ctx: Context): void;
