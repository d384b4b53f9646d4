import { drop, undecided } from '../context.js';
// Menus, tag lists and footers dump as runs of one-to-three-word lines. Three in a row is a run;
// an article's subheadings stand alone between paragraphs.
const MIN_RUN = 3;
const MAX_WORDS = 3;
export function menuRunRule(ctx) {
    const short = ctx.blocks.map((_, i) => {
        const f = ctx.feats[i];
        return !!f && f.words <= MAX_WORDS && !f.sentence;
    });
    let start = 0;
    while (start < short.length) {
        if (!short[start]) {
            start++;
            continue;
        }
        let end = start;
        while (end < short.length && short[end])
            end++;
        if (end - start >= MIN_RUN) {
            for (let i = start; i < end; i++) {
                if (undecided(ctx, i))
                    drop(ctx, i, 'menu-run', `one of ${end - start} short lines in a row (menu or list of links)`);
            }
        }
        start = end;
    }
}
