import { type Context } from '../context.js';
/** A short line that repeats an earlier one (menus twice, teasers, captions as alts) goes. */
export declare function duplicatesRule(ctx: Context): void;
