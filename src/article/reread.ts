import { readAsWritten, recognised } from '../classify/as-written.js';
import { type Classification, classify, type KnownFeatures } from '../classify/classify.js';
import type { Features } from '../classify/features.js';
import type { PhraseBook } from '../data/phrase-book.js';
import type { Block, PageTemplate } from '../types.js';
import { type Decided, decide } from './assemble.js';

// Cleaning the tool's own text output must change nothing (idempotence). Some decisions weigh a
// line against the whole page (the stopword coverage its prose has, a " – Name" suffix repeated,
// a teaser list, the page's language), and those statistics shift once the boilerplate is gone.
// So the article is read again as its text output reads back (title line, then one line per
// paragraph) and cleaned as a page, until that changes nothing: then cleaning the output again is
// that same last reading, and changes nothing either. The output is a clean article, which the
// text path keeps as written (classify/as-written.ts) once no rule recognises a line in it, so
// the last reading is that one. Usually the first reading confirms the article; a changed one
// takes a second, rarely a third or fourth.
const MAX_READINGS = 4;

const AGAIN = ' (found on reading the article again without the rest of the page)';

/** The blocks the article's text output reads back as, and the block of the page each comes from. */
function readBack(cls: Classification, d: Decided): { blocks: Block[]; from: number[]; known: KnownFeatures } {
  const blocks: Block[] = [];
  const from: number[] = [];
  const feats: (Features | undefined)[] = [];
  const add = (text: string, at: number) => {
    // Every line of the output follows a blank line. Line numbers stay the page's, which the
    // reasons quote ("repeats line 12"); nothing decides by them.
    blocks.push({ index: blocks.length, text, line: cls.blocks[at]?.line ?? 1, gapBefore: true });
    from.push(at);
    feats.push(cls.blocks[at]?.text === text ? cls.known.feats[at] : undefined);
  };
  if (d.title !== null) add(d.title, d.titleAt ?? -1);
  cls.blocks.forEach((b, i) => {
    if (b.keep) add(b.text, i);
  });
  return { blocks, from, known: { ...cls.known, feats } };
}

/** The reading confirms the article: the same title, and every paragraph kept. */
function confirms(d: Decided, again: Classification, found: Decided): boolean {
  if (found.title !== d.title) return false;
  const first = d.title === null ? 0 : 1;
  if (first === 1 && again.blocks[0]?.keep) return false;
  for (let j = first; j < again.blocks.length; j++) if (!again.blocks[j]?.keep) return false;
  return true;
}

/** Takes the reading's decisions back to the page's blocks. */
function adopt(cls: Classification, d: Decided, again: Classification, found: Decided, from: number[]): Decided {
  const titleAt = found.titleAt === null ? null : (from[found.titleAt] ?? null);
  again.blocks.forEach((a, j) => {
    const b = cls.blocks[from[j] ?? -1];
    if (!b || (a.keep === b.keep && b.role !== 'title') || (a.role === 'title' && b.role === 'title')) return;
    b.keep = a.keep;
    b.role = a.role;
    b.rule = a.rule;
    b.reason = a.keep || a.role === 'title' ? a.reason : `${a.reason}${AGAIN}`;
  });
  const captions = new Set(cls.images.map((im) => im.caption));
  for (const im of again.images) if (!captions.has(im.caption)) cls.images.push(im);
  return {
    title: found.title,
    titleAt: titleAt !== null && titleAt >= 0 ? titleAt : null,
    byline: d.byline ?? found.byline,
    published: d.published ?? found.published,
    siteName: d.siteName,
  };
}

/**
 * Stage 4, after decide(): reads the article again as its own text output reads back, until a
 * reading changes nothing (at most MAX_READINGS), marking the page's blocks with what changed. An
 * article without a body is left alone: its title alone reads back as a page of one line, which
 * the tiny-page rule keeps as title and body both.
 *
 * A text page's article is checked by the rules that found it. An HTML page's text output lacks
 * the markup its decisions rested on, so it must read as written (classify/as-written.ts), or
 * cleaning it again would drop what the text classifier judges by shape alone: the lines that
 * reading recognises as boilerplate (a share button's label, a counter, a date line) leave the
 * article, until it reads as written.
 */
export function settle(cls: Classification, decided: Decided, book: PhraseBook, options: SettleOptions): Decided {
  const { langHint, template, html } = options;
  // A page kept as written is its own text output already.
  if (cls.asWritten) return decided;
  let d = decided;
  // How the output is read: by the page's own rules first (text pages), then as written.
  let asWritten = html;
  for (let n = 0; n < MAX_READINGS; n++) {
    const { blocks, from, known } = readBack(cls, d);
    if (blocks.length === (d.title === null ? 0 : 1)) return d;
    let again = classify(blocks, book, { langHint, template, known, asWritten });
    if (asWritten && !again.asWritten) {
      // Only what the reading recognises leaves: the rest it judged by shape alone.
      if (dropRecognised(cls, again, from) === 0) return d;
      continue;
    }
    // decide() also claims the byline and date lines, which that reading drops.
    let found = decide(again, book);
    if (!asWritten && confirms(d, again, found)) {
      // Confirmed by the page's own rules, so no rule recognised a line: cleaning the output reads
      // it as written, which takes the title and the byline and date lines by its own measure.
      asWritten = true;
      again = readAsWritten(again);
      found = decide(again, book);
    }
    if (confirms(d, again, found)) return d;
    d = adopt(cls, d, again, found, from);
  }
  return d;
}

export interface SettleOptions {
  langHint?: string | undefined;
  template?: PageTemplate | undefined;
  /** The page was HTML: its reading only drops what it recognises as boilerplate. */
  html: boolean;
}

/** Drops from the page what the reading recognised as boilerplate; returns how many blocks. */
function dropRecognised(cls: Classification, again: Classification, from: readonly number[]): number {
  let dropped = 0;
  again.blocks.forEach((a, j) => {
    const b = cls.blocks[from[j] ?? -1];
    if (a.role === 'title' || !b?.keep || !recognised(a)) return;
    b.keep = false;
    b.role = a.role;
    b.rule = a.rule;
    b.reason = `${a.reason}${AGAIN}`;
    dropped++;
  });
  return dropped;
}
