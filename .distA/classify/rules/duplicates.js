import { drop, undecided } from '../context.js';
// Repeated menus, teasers and captions are short; a repeated long paragraph is kept, as the
// page shows it twice.
const MAX_WORDS = 25;
/**
 * HTML: a long blurb that the page repeats inside furniture the markup dropped (a news ticker
 * whose items come again in the footer, a teaser listed in a sidebar) is a teaser too; an
 * article's paragraphs are not printed twice.
 */
function repeatedInFurniture(ctx) {
    const furniture = new Set();
    ctx.blocks.forEach((b, i) => {
        if (b.html && (ctx.feats[i]?.words ?? 0) > MAX_WORDS && ctx.decisions[i]?.rule.startsWith('markup:'))
            furniture.add(b.text);
    });
    if (furniture.size === 0)
        return;
    const repeated = ctx.blocks.map((b, i) => undecided(ctx, i) && furniture.has(b.text));
    // A run of them (a ticker, a teaser list); one alone may be the article's first paragraph
    // that a sidebar quotes as an excerpt.
    repeated.forEach((r, i) => {
        if (r && (repeated[i - 1] || repeated[i + 1]))
            drop(ctx, i, 'duplicate', 'repeats a blurb that the page also shows in its menus, sidebars or footer');
    });
}
/** A short line that repeats an earlier one (menus twice, teasers, captions as alts) goes. */
export function duplicatesRule(ctx) {
    repeatedInFurniture(ctx);
    const seen = new Map();
    ctx.blocks.forEach((b, i) => {
        const key = ctx.feats[i]?.key;
        // Rows of data tables repeat by nature (the same team in two result tables).
        if (!key || (ctx.feats[i]?.words ?? 0) > MAX_WORDS || b.html?.kind === 'row')
            return;
        const first = seen.get(key);
        if (first === undefined) {
            seen.set(key, i);
            return;
        }
        // A line that repeats an entry of a table of contents, a teaser or a menu that the markup
        // already dropped (a <nav>, a sidebar) is the article's own: that copy does not count.
        if (b.html && ctx.decisions[first]?.rule.startsWith('markup:')) {
            seen.set(key, i);
            return;
        }
        if (undecided(ctx, i))
            drop(ctx, i, 'duplicate', `repeats line ${ctx.blocks[first]?.line ?? first + 1}`);
    });
}
