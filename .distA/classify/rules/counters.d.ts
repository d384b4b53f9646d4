import { type Context } from '../context.js';
export declare function countersRule(ctx: Context): void;
