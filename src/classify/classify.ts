import { containsFor, type PhraseBook } from '../data/phrase-book.js';
import type { Candidate } from '../lang/detect.js';
import type { Block, ClassifiedBlock, ImageInfo } from '../types.js';
import { type Context, type Decision, undecided } from './context.js';
import { features } from './features.js';
import { guessPage } from './language-guess.js';
import { densityScale, type Quality, quality } from './quality.js';
import { findRegion } from './region.js';
import { countersRule } from './rules/counters.js';
import { duplicatesRule } from './rules/duplicates.js';
import { figuresRule } from './rules/figures.js';
import { foreignScriptRule } from './rules/foreign-script.js';
import { menuRunRule } from './rules/menu-run.js';
import { endMarkersRule, phrasesRule } from './rules/phrases.js';
import { siteSuffixRule } from './rules/site-suffix.js';
import { inferSiteName } from './site-name.js';

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
}

// Order matters: the most specific rule names the reason. Credits run before the site-suffix
// rule so that an alt repeating a caption is recognised as such.
const RULES = [
  endMarkersRule,
  foreignScriptRule,
  countersRule,
  phrasesRule,
  figuresRule,
  siteSuffixRule,
  duplicatesRule,
  menuRunRule,
];

function headingLike(ctx: Context, i: number, qualities: Quality[], end: number): boolean {
  const f = ctx.feats[i];
  if (!f || f.words > 20 || f.letters < 2 || /[:,;]$/.test(ctx.blocks[i]?.text ?? '')) return false;
  for (let j = i + 1; j <= end; j++) {
    if (!undecided(ctx, j)) continue;
    const q = qualities[j];
    return q === 'good' || q === 'near';
  }
  return false;
}

const BETWEEN_MAX_WORDS = 40;

/** The nearest undecided blocks on both sides, within the region, are prose. */
function betweenProse(ctx: Context, qualities: Quality[], i: number, region: { start: number; end: number }): boolean {
  const prose = (j: number) => qualities[j] === 'good' || qualities[j] === 'near';
  let before = -1;
  for (let j = i - 1; j >= region.start; j--) {
    if (undecided(ctx, j) || ctx.decisions[j]?.keep) {
      before = j;
      break;
    }
  }
  let after = -1;
  for (let j = i + 1; j <= region.end; j++) {
    if (undecided(ctx, j)) {
      after = j;
      if (prose(j)) break;
      // A run of list items: keep looking past short ones for the prose that closes it.
      if (qualities[j] === 'short' || (ctx.feats[j]?.words ?? 0) <= BETWEEN_MAX_WORDS) continue;
      break;
    }
  }
  return before >= 0 && after >= 0 && prose(before) && prose(after);
}

function decideByRegion(ctx: Context, qualities: Quality[], region: { start: number; end: number } | null): void {
  ctx.blocks.forEach((_, i) => {
    if (!undecided(ctx, i)) return;
    const set = (d: Decision) => {
      ctx.decisions[i] = d;
    };
    if (!region || i < region.start || i > region.end) {
      const where = !region
        ? 'no article body was found'
        : i < region.start
          ? 'before the article body'
          : 'after the article body';
      set({ keep: false, role: 'boilerplate', rule: 'outside-article', reason: where });
      return;
    }
    const q = qualities[i];
    const f = ctx.feats[i];
    if (q === 'good' || q === 'near') {
      set({ keep: true, role: 'paragraph', rule: `content:${q}`, reason: 'prose inside the article body' });
    } else if (q === 'short' && headingLike(ctx, i, qualities, region.end)) {
      set({ keep: true, role: 'heading', rule: 'content:heading', reason: 'a short line introducing prose' });
    } else if (q === 'short' && f?.sentence) {
      set({ keep: true, role: 'paragraph', rule: 'content:short', reason: 'a short sentence inside the body' });
    } else if ((f?.words ?? 0) <= BETWEEN_MAX_WORDS && betweenProse(ctx, qualities, i, region)) {
      // List items, table rows and short quotes between two paragraphs are part of the article.
      set({ keep: true, role: 'paragraph', rule: 'content:between', reason: 'a short line between two paragraphs' });
    } else {
      const rule = q === 'short' ? 'short-line' : 'low-content';
      const reason =
        q === 'short'
          ? 'a short line that is not a heading or sentence'
          : 'few function words: a list, label or link run';
      set({ keep: false, role: 'boilerplate', rule, reason });
    }
  });
}

/** Stage 3: decides for every block whether it belongs to the article, and why. */
export function classify(blocks: Block[], book: PhraseBook, langHint?: string): Classification {
  const page = guessPage(blocks, langHint);
  const feats = blocks.map((b) => features(b, page.stop));
  const cjk = page.script === 'Han';
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
    siteName: inferSiteName(blocks, book),
    images: [],
    barriers: new Set(),
  };
  for (const rule of RULES) rule(ctx);
  const region = findRegion(ctx, ctx.qualities);
  decideByRegion(ctx, ctx.qualities, region);
  const classified = blocks.map((b, i): ClassifiedBlock => {
    const d = ctx.decisions[i] ?? { keep: false, role: 'boilerplate', rule: 'unclassified', reason: '' };
    return {
      index: b.index,
      text: b.text,
      line: b.line,
      gapBefore: b.gapBefore,
      keep: d.keep,
      role: d.role,
      rule: d.rule,
      reason: d.reason,
    };
  });
  return {
    blocks: classified,
    lang: page.lang,
    candidates: page.candidates,
    siteName: ctx.siteName,
    images: ctx.images,
    region,
  };
}
