import type { PhraseBook } from '../data/phrase-book.js';
import type { Script } from '../lang/script.js';
import type { Block, BlockRole, ClassifiedBlock, ImageInfo, PageTemplate } from '../types.js';
import type { Features } from './features.js';
import type { Quality } from './quality.js';

export interface Decision {
  keep: boolean;
  role: BlockRole;
  rule: string;
  reason: string;
}

/** Shared state of one classification: the blocks, their features and the decisions so far. */
export interface Context {
  blocks: Block[];
  feats: Features[];
  /** jusText class of each block, from its own features alone. */
  qualities: Quality[];
  /** One slot per block; undefined until a rule decides. */
  decisions: (Decision | undefined)[];
  book: PhraseBook;
  containsPhrases: { phrase: string; category: string }[];
  /** Dominant writing system of the page's prose. */
  script: Script | null;
  /** ISO 639-1 guess for the whole page (before cleaning), used to pick stopwords and phrases. */
  lang: string;
  siteName: string | null;
  images: ImageInfo[];
  /** HTML: how much each block's prose counts for the region (1 by default; more near the headline). */
  weight?: Float64Array;
  /** Blocks after which the article cannot continue ("Related articles", "Comments"…). */
  barriers: Set<number>;
  /** Lines learned across the pages of this site, when a batch learned them. */
  template?: PageTemplate | undefined;
}

/** A block with its decision (a new object: a reading's blocks are its own). */
export function classified(b: Block, d: Decision): ClassifiedBlock {
  const c: ClassifiedBlock = {
    index: b.index,
    text: b.text,
    line: b.line,
    gapBefore: b.gapBefore,
    keep: d.keep,
    role: d.role,
    rule: d.rule,
    reason: d.reason,
  };
  // Assigned rather than spread in: a spread copies through a slow generic path per block.
  if (b.html) c.html = b.html;
  return c;
}

export function drop(ctx: Context, i: number, rule: string, reason: string, role: BlockRole = 'boilerplate'): void {
  if (ctx.decisions[i] === undefined) ctx.decisions[i] = { keep: false, role, rule, reason };
}

export function undecided(ctx: Context, i: number): boolean {
  return ctx.decisions[i] === undefined;
}
