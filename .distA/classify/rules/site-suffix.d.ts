import { type Context } from '../context.js';
/**
 * Lines ending in " - <site name>" are image alts. One that repeats the article image's caption
 * joins it; one followed by a headline is a related-article teaser, and the headline goes too.
 */
export declare function siteSuffixRule(ctx: Context): void;
