import type { Block } from '../types.js';
import type { Classification } from './classify.js';
import { type Context, classified, type Decision } from './context.js';
import { placedAnd } from './rule-kinds.js';

// Text that already reads as a clean article is kept as written: every line its own paragraph
// (a blank line before each) and no line that any rule recognises as boilerplate. That is how a
// user's own clean text looks, and how this tool's text output looks; cleaning the output again
// must change nothing (idempotence), and the output of an HTML page keeps headings, list items
// and table rows that the text classifier, without the markup, would judge by shape alone.

/**
 * Rules that drop a line for its place or shape, not for what it says: on text that reads as
 * written they do not apply. Any other dropping rule recognised the line as boilerplate.
 */
export const PLACE_OR_SHAPE = placedAnd('menu-run', 'outside-container', 'unclassified');

/** A dropped line that a rule recognised for what it is (a phrase, a counter, a credit, a date…). */
export function recognised(d: { keep: boolean; rule: string } | undefined): boolean {
  return d !== undefined && !d.keep && !PLACE_OR_SHAPE.has(d.rule);
}

const AS_WRITTEN: Decision = {
  keep: true,
  role: 'paragraph',
  rule: 'content:as-written',
  reason: 'the text reads as an article already: each line its own paragraph, nothing recognised as boilerplate',
};

/** Whether a text page (after the rules ran) reads as a clean article: see above. */
export function readsAsWritten(blocks: readonly Block[], decisions: readonly (Decision | undefined)[]): boolean {
  if (blocks.length < 2) return false;
  for (let i = 1; i < blocks.length; i++) if (!blocks[i]?.gapBefore) return false;
  // The first line may be a title that names a page ("Home", "Impressum") as a menu would.
  for (let i = 1; i < decisions.length; i++) if (recognised(decisions[i])) return false;
  return true;
}

/** Keeps every line of a page that reads as written, and returns the page as its region. */
export function keepAsWritten(ctx: Context): { start: number; end: number } {
  ctx.decisions.fill(AS_WRITTEN);
  return { start: 0, end: ctx.blocks.length - 1 };
}

/**
 * What classify() gives text whose every line a classification kept (so no rule recognised any):
 * the same text read as written. Saves classifying it again (article/reread.ts).
 */
export function readAsWritten(cls: Classification): Classification {
  const end = cls.blocks.length - 1;
  return {
    ...cls,
    blocks: cls.blocks.map((b) => classified(b, AS_WRITTEN)),
    region: end >= 0 ? { start: 0, end } : null,
    asWritten: true,
  };
}
