import { type Context } from '../context.js';
/** Splits UI labels that a scraper glued together: "SubscribeSign In" → ["Subscribe", "Sign In"]. */
export declare function splitGlued(text: string): string[];
export declare function phrasesRule(ctx: Context): void;
/**
 * "Related articles", "Comments", "Most read": after enough content, the article ends here. But
 * "Read also:" followed by one headline and then more prose is a teaser inside the article:
 * the marker and its headline go, and the article goes on.
 */
export declare function endMarkersRule(ctx: Context): void;
