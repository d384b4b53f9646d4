import { type Context } from '../context.js';
export declare function figuresRule(ctx: Context): void;
