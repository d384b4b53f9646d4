import { type Context } from '../context.js';
export declare function commentThreadRule(ctx: Context): void;
