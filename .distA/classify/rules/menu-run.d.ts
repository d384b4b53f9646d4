import { type Context } from '../context.js';
export declare function menuRunRule(ctx: Context): void;
