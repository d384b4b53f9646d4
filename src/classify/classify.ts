import { containsFor, type PhraseBook } from '../data/phrase-book.js';
import type { Candidate } from '../lang/detect.js';
import type { Block, ClassifiedBlock, ImageInfo, PageTemplate } from '../types.js';
import { keepAsWritten, readsAsWritten } from './as-written.js';
import { announcedListAfter, decideByRegion } from './body.js';
import { dropOutsideContainer, headlineWeights, insideOf, keepInsideContainer, mainContainer } from './container.js';
import { type Context, classified, type Decision } from './context.js';
import { type Features, features } from './features.js';
import { guessPage, type PageGuess } from './language-guess.js';
import { densityFrom, densityScale, quality } from './quality.js';
import { findRegion, settleEnd } from './region.js';
import { proseBeforeMarker } from './region-before-marker.js';
import { commentThreadRule } from './rules/comment-thread.js';
import { countersRule } from './rules/counters.js';
import { duplicatesRule } from './rules/duplicates.js';
import { figuresRule } from './rules/figures.js';
import { foreignScriptRule } from './rules/foreign-script.js';
import { markupRule } from './rules/markup.js';
import { menuRunRule } from './rules/menu-run.js';
import { endMarkersRule, phrasesRule } from './rules/phrases.js';
import { repeatedAcrossPagesRule } from './rules/repeated-across-pages.js';
import { serverMessageRule } from './rules/server-message.js';
import { siteSuffixRule } from './rules/site-suffix.js';
import { teaserLabelRule } from './rules/teaser-label.js';
import { inferSiteName } from './site-name.js';
import { trimTeaserTail } from './teaser-tail.js';

export interface Classification {
  blocks: ClassifiedBlock[];
  /** Page-level language guess (ISO 639-1) used to choose stopwords and phrases. */
  lang: string;
  /** Languages ranked by the page's stopwords, for the final detection on the kept text. */
  candidates: Candidate[];
  siteName: string | null;
  images: ImageInfo[];
  /** First and last block of the article body, or null when none was found. */
  region: { start: number; end: number } | null;
  /** A text page that reads as a clean article already, kept whole (as-written.ts). */
  asWritten: boolean;
  /** Each block's features (its word count in `counted`) and the page guess they were measured with. */
  known: KnownFeatures;
}

/** What a classification measured, for reading the article again (article/reread.ts). */
export interface KnownFeatures {
  /** The page-level guess: reused when the same prose lines open the text read again. */
  page: PageGuess;
  /** One slot per block (valid for the same text under the same stoplist and script); undefined where the block's features are not known. */
  feats: readonly (Features | undefined)[];
}

const UNCLASSIFIED: Decision = { keep: false, role: 'boilerplate', rule: 'unclassified', reason: '' };

const sameStop = (a: Set<string>, b: Set<string>) => a === b || (a.size === 0 && b.size === 0);

// Order matters: the most specific rule names the reason. Credits run before the site-suffix
// rule so that an alt repeating a caption is recognised as such.
const RULES = [
  serverMessageRule,
  markupRule,
  endMarkersRule,
  foreignScriptRule,
  countersRule,
  phrasesRule,
  commentThreadRule,
  teaserLabelRule,
  figuresRule,
  siteSuffixRule,
  duplicatesRule,
  repeatedAcrossPagesRule,
  menuRunRule,
];

export interface ClassifyOptions {
  /** ISO 639-1 language the caller asserts (--lang). */
  langHint?: string | undefined;
  /** HTML: each block's container, and the block of the page's main headline. */
  html?: { containerParent: readonly number[]; headlineAt: number | null } | undefined;
  /** Lines learned across the pages of this site. */
  template?: PageTemplate | undefined;
  /** Features measured by an earlier classification of the same lines (article/reread.ts). */
  known?: KnownFeatures | undefined;
  /**
   * Whether a text page that reads as a clean article is kept whole (as-written.ts); default
   * true. Reading the article again to confirm it turns this off: that text is the article.
   */
  asWritten?: boolean;
}

/** Stage 3: decides for every block whether it belongs to the article, and why. */
export function classify(blocks: Block[], book: PhraseBook, options: ClassifyOptions = {}): Classification {
  const { langHint, html, template, known } = options;
  const containerParent = html?.containerParent;
  const page = guessPage(blocks, langHint, known?.page);
  const cjk = page.script === 'Han';
  const from = densityFrom(cjk);
  // The article read again (article/reread.ts) has its lines' features already, when the
  // stoplist is the same.
  const reuse =
    known && densityFrom(known.page.script === 'Han') === from && sameStop(known.page.stop, page.stop)
      ? known.feats
      : [];
  const feats = blocks.map((b, i) => reuse[i] ?? features(b, page.stop, from, page.counted));
  const haveStop = page.stop.size > 0;
  const ctx: Context = {
    blocks,
    feats,
    qualities: feats.map((f) => quality(f, cjk, haveStop, densityScale(page.coverage))),
    decisions: new Array(blocks.length).fill(undefined),
    book,
    containsPhrases: containsFor(book, page.related),
    script: page.script,
    lang: page.lang,
    siteName: inferSiteName(blocks, book, feats),
    images: [],
    barriers: new Set(),
    template,
  };
  if (html && html.headlineAt !== null) ctx.weight = headlineWeights(blocks, html.containerParent, html.headlineAt);
  for (const rule of RULES) rule(ctx);
  const asWritten = !html && options.asWritten !== false && readsAsWritten(blocks, ctx.decisions);
  const region = asWritten ? keepAsWritten(ctx) : findBody(ctx, containerParent);
  return {
    blocks: blocks.map((b, i) => classified(b, ctx.decisions[i] ?? UNCLASSIFIED)),
    lang: page.lang,
    candidates: page.candidates,
    siteName: ctx.siteName,
    images: ctx.images,
    region,
    asWritten,
    known: { page, feats },
  };
}

/** The article's region and the decisions inside and around it (the page's prose decides). */
function findBody(ctx: Context, containerParent?: readonly number[]): { start: number; end: number } | null {
  let region = proseBeforeMarker(ctx, ctx.qualities, findRegion(ctx, ctx.qualities));
  const listEnd = announcedListAfter(ctx, region);
  if (region && listEnd > region.end) {
    for (let i = region.end + 1; i <= listEnd; i++)
      ctx.decisions[i] = {
        keep: true,
        role: 'paragraph',
        rule: 'content:list',
        reason: 'an item of the list the article announces',
      };
    region = { start: region.start, end: listEnd };
  }
  if (region) region = { start: region.start, end: trimTeaserTail(ctx, ctx.qualities, region) };
  if (region) region = { start: region.start, end: settleEnd(ctx, ctx.qualities, region) };
  const main = region && containerParent ? mainContainer(ctx, ctx.qualities, containerParent, region) : null;
  const inside = main !== null && containerParent ? insideOf(containerParent, main) : null;
  if (inside) dropOutsideContainer(ctx, inside, region);
  decideByRegion(ctx, ctx.qualities, region);
  if (inside) keepInsideContainer(ctx, inside, region);
  return region;
}
