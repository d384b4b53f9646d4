import { type Context } from '../context.js';
/**
 * A line that recurs on many pages of the same site is the site's template (menus, prompts,
 * a standard disclaimer), not this article. The lines come as data: a batch learned them.
 */
export declare function repeatedAcrossPagesRule(ctx: Context): void;
