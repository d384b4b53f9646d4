import type { Block } from '../types.js';
import { type Context, drop, undecided } from './context.js';
import type { Quality } from './quality.js';
import { PLACED } from './rule-kinds.js';

// HTML only. The text region is found from the blocks' own qualities; the markup then says which
// element holds the article: the deepest container around (nearly) all of the region's prose.
// Region blocks outside it go (teasers beside the article), and prose inside it that the region
// missed (a body split by a photo gallery or a box) comes back.

const SHARE_OF_PROSE = 0.7;

/** The container holding the article, or null when the markup gives no single one. */
export function mainContainer(
  ctx: Context,
  qualities: Quality[],
  parents: readonly number[],
  region: { start: number; end: number },
): number | null {
  // Each block's words go to its container, then up the tree in one pass: container ids grow
  // with depth (a parent's id is smaller than its children's), so the deepest are summed first.
  // (Walking each block's chain of ancestors instead costs blocks × depth: hours on a page of
  // paragraphs nested 100,000 levels deep.)
  const weight = new Float64Array(parents.length);
  let total = 0;
  for (let i = region.start; i <= region.end; i++) {
    const h = ctx.blocks[i]?.html;
    const q = qualities[i];
    if (!h || !undecided(ctx, i) || (q !== 'good' && q !== 'near')) continue;
    const w = ctx.feats[i]?.words ?? 0;
    total += w;
    weight[h.container] = (weight[h.container] ?? 0) + w;
  }
  if (total === 0) return null;
  for (let c = parents.length - 1; c > 0; c--) {
    const p = parents[c] ?? 0;
    weight[p] = (weight[p] ?? 0) + (weight[c] ?? 0);
  }
  // Deepest container with enough of the prose: ids grow with depth along one chain.
  let best: number | null = null;
  for (let c = weight.length - 1; c >= 0 && best === null; c--)
    if ((weight[c] ?? 0) >= SHARE_OF_PROSE * total) best = c;
  return best === 0 ? null : best;
}

/** Whether each container is `main` or inside it, for all at once (one pass, parents before children). */
export function insideOf(parents: readonly number[], main: number): (container: number) => boolean {
  const inside = new Uint8Array(parents.length);
  for (let c = 0; c < parents.length; c++) inside[c] = c === main ? 1 : c < main ? 0 : (inside[parents[c] ?? 0] ?? 0);
  return (container) => inside[container] === 1;
}

export function dropOutsideContainer(
  ctx: Context,
  inside: (container: number) => boolean,
  region: { start: number; end: number } | null,
): void {
  if (!region) return;
  // Above the container, the headline's standfirst often sits in a wrapper of its own: kept.
  let first = region.start;
  while (first <= region.end && !inside(ctx.blocks[first]?.html?.container ?? 0)) first++;
  for (let i = first; i <= region.end; i++) {
    const h = ctx.blocks[i]?.html;
    if (h && undecided(ctx, i) && !inside(h.container))
      drop(ctx, i, 'outside-container', 'beside the element that holds the article');
  }
}

// Blocks dropped for their place or shape alone; inside the article's element they are its
// subheadings, list items and short paragraphs (as Readability keeps them), and the lines a
// structured article repeats (a meal plan's "Meal 2 / Eat every 2–3 hours"). Measured on the
// corpus: menu runs and link-dense blocks inside it are still furniture more often than not.
const POSITIONAL = PLACED;
const TEASER_LINK_DENSITY = 0.3;

export function keepInsideContainer(
  ctx: Context,
  inside: (container: number) => boolean,
  region: { start: number; end: number } | null,
): void {
  ctx.blocks.forEach((b, i) => {
    const d = ctx.decisions[i];
    const within = region !== null && i >= region.start && i <= region.end;
    // Between the article's paragraphs, a list of links (shops, sources) is the article's own.
    const listOfLinks = within && d?.rule === 'markup:links' && b.html?.kind === 'li';
    if (!b.html || !d || d.keep || !(POSITIONAL.has(d.rule) || listOfLinks)) return;
    if (!inside(b.html.container)) return;
    // Beyond the region, link-heavy blocks are the container's teaser lists (measured: 0.3).
    if (!within && b.html.linkDensity > TEASER_LINK_DENSITY) return;
    ctx.decisions[i] = {
      keep: true,
      role: 'paragraph',
      rule: 'content:container',
      reason: 'inside the element that holds the article',
    };
  });
}

// The article follows its headline, inside the element around it: prose there counts more in
// the region search than prose elsewhere (a footer disclaimer, a sidebar blurb). Measured on the
// corpus: the wrapper two containers up from the headline's; trafilatura F1 rises with the
// weight up to about 8 and stays there (0.921 → 0.928), scrapinghub -0.001, readability flat.
const HEADLINE_BONUS = 8;
const HEADLINE_UP = 2;
// The first lines under the headline (standfirst, byline, date) are left to the rules that know
// them: weighting them pulled standfirsts into the body, which scrapinghub's truth leaves out
// (scrapinghub 0.9632 with the skip, 0.9624 without; trafilatura 0.926 / 0.928).
const HEADLINE_SKIP = 3;

export function headlineWeights(blocks: Block[], parents: readonly number[], headlineAt: number): Float64Array {
  const weight = new Float64Array(blocks.length).fill(1);
  let wrapper = blocks[headlineAt]?.html?.container ?? 0;
  for (let k = 0; k < HEADLINE_UP && wrapper !== 0; k++) wrapper = parents[wrapper] ?? 0;
  if (wrapper === 0) return weight;
  const within = insideOf(parents, wrapper);
  for (let i = headlineAt + 1 + HEADLINE_SKIP; i < blocks.length; i++) {
    const h = blocks[i]?.html;
    if (h && within(h.container)) weight[i] = HEADLINE_BONUS;
  }
  return weight;
}
