import { drop, undecided } from './context.js';
// HTML only. The text region is found from the blocks' own qualities; the markup then says which
// element holds the article: the deepest container around (nearly) all of the region's prose.
// Region blocks outside it go (teasers beside the article), and prose inside it that the region
// missed (a body split by a photo gallery or a box) comes back.
const SHARE_OF_PROSE = 0.7;
function chain(parents, id) {
    const out = [];
    let c = id;
    // Bounded by the number of containers: a malformed table cannot loop.
    for (let guard = 0; guard <= parents.length; guard++) {
        out.push(c);
        if (c === 0)
            break;
        c = parents[c] ?? 0;
    }
    return out.reverse();
}
/** The container holding the article, or null when the markup gives no single one. */
export function mainContainer(ctx, qualities, parents, region) {
    const weight = new Map();
    let total = 0;
    for (let i = region.start; i <= region.end; i++) {
        const h = ctx.blocks[i]?.html;
        const q = qualities[i];
        if (!h || !undecided(ctx, i) || (q !== 'good' && q !== 'near'))
            continue;
        const w = ctx.feats[i]?.words ?? 0;
        total += w;
        for (const c of chain(parents, h.container))
            weight.set(c, (weight.get(c) ?? 0) + w);
    }
    if (total === 0)
        return null;
    // Deepest container with enough of the prose: ids grow with depth along one chain.
    let best = null;
    for (const [c, w] of weight)
        if (w >= SHARE_OF_PROSE * total && (best === null || c > best))
            best = c;
    return best === 0 ? null : best;
}
/** Whether the block's container is `main` or inside it. */
export function inside(parents, container, main) {
    let c = container;
    for (let guard = 0; guard <= parents.length; guard++) {
        if (c === main)
            return true;
        if (c === 0 || c < main)
            return false;
        c = parents[c] ?? 0;
    }
    return false;
}
export function dropOutsideContainer(ctx, parents, main, region) {
    if (!region)
        return;
    // Above the container, the headline's standfirst often sits in a wrapper of its own: kept.
    let first = region.start;
    while (first <= region.end && !inside(parents, ctx.blocks[first]?.html?.container ?? 0, main))
        first++;
    for (let i = first; i <= region.end; i++) {
        const h = ctx.blocks[i]?.html;
        if (h && undecided(ctx, i) && !inside(parents, h.container, main))
            drop(ctx, i, 'outside-container', 'beside the element that holds the article');
    }
}
// Blocks dropped for their place or shape alone; inside the article's element they are its
// subheadings, list items and short paragraphs (as Readability keeps them). Measured on the corpus:
// menu runs and link-dense blocks inside it are still furniture more often than not.
const POSITIONAL = new Set(['outside-article', 'short-line', 'low-content']);
const TEASER_LINK_DENSITY = 0.3;
export function keepInsideContainer(ctx, parents, main, region) {
    ctx.blocks.forEach((b, i) => {
        const d = ctx.decisions[i];
        if (!b.html || !d || d.keep || !POSITIONAL.has(d.rule))
            return;
        if (!inside(parents, b.html.container, main))
            return;
        // Beyond the region, link-heavy blocks are the container's teaser lists (measured: 0.3).
        const within = region !== null && i >= region.start && i <= region.end;
        if (!within && b.html.linkDensity > TEASER_LINK_DENSITY)
            return;
        ctx.decisions[i] = {
            keep: true,
            role: 'paragraph',
            rule: 'content:container',
            reason: 'inside the element that holds the article',
        };
    });
}
