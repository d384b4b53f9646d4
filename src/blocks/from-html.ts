import { headlineKey, sameHeadlineKey } from '../text/headline.js';
import type { Block, DeclaredMetadata } from '../types.js';
import { declaredMetadata } from './html/declared.js';
import { parseHtml, releaseDom } from './html/parse.js';
import { walk } from './html/walk.js';

export interface HtmlDocument {
  blocks: Block[];
  /** Container tree: for each container id, its parent's (see walk.ts). */
  containerParent: number[];
  declared: DeclaredMetadata;
  /** Visible h1–h3 blocks that a declared title confirms, in page order (the first is the headline). */
  headlines: number[];
}

// Headlines stand above the article, which a long menu can push down by hundreds of blocks
// (measured on the corpus: 400 missed three, 1,000 and 3,000 find the same); much further down,
// a matching heading is a teaser of the same story.
const HEADLINE_LOOKAHEAD = 1000;

function confirmedHeadings(blocks: Block[], declared: DeclaredMetadata): number[] {
  const claims = [declared.title, declared.documentTitle].filter((t): t is string => !!t).map(headlineKey);
  const found: number[] = [];
  if (!claims.length) return found;
  for (let i = 0; i < Math.min(blocks.length, HEADLINE_LOOKAHEAD); i++) {
    const b = blocks[i];
    if (b?.html?.kind !== 'heading' || b.html.level > 3) continue;
    const key = headlineKey(b.text);
    if (claims.some((c) => sameHeadlineKey(key, c))) found.push(i);
  }
  return found;
}

/** Stage 2 for HTML: the page's visible text as blocks with their markup evidence, and its declarations. */
export function blocksFromHtml(html: string): HtmlDocument {
  // htmlparser2 (the parser of cheerio's "slim" build: several times faster than parse5 and as
  // good on the corpus's malformed pages, see bench/), run directly: with cheerio's own call it
  // is quadratic in the depth (see parse.ts). Nothing here needs cheerio's API.
  const root = parseHtml(html);
  const declared = declaredMetadata(root);
  const { blocks, containerParent } = walk(root);
  // Nothing below reads the DOM (the blocks and declarations hold strings): unlinked now, it is
  // not carried through the next collections (see releaseDom).
  releaseDom(root);
  return { blocks, containerParent, declared, headlines: confirmedHeadings(blocks, declared) };
}
