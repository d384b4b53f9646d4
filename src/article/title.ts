import type { Classification } from '../classify/classify.js';
import { placedAnd } from '../classify/rule-kinds.js';
import { siteTail } from '../classify/site-name.js';
import { headlineLike } from '../text/words.js';
import { blockWords } from './words.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

// How far above the body the headline may stand (menus, share bars, captions in between).
const LOOK_BACK = 30;
// A headline this close above the body's first line is the title, and that line its standfirst.
const STANDFIRST_BELOW = 2;
// Rules that drop a line for where it stands, not for what it is: such a line may be the title.
// A headline often carries the site's suffix (" - Site"), which drops an alt line too.
const POSITIONAL = placedAnd('site-suffix');

// A line opening with a tag is markup shown as text ("<script>…"), and no headline.
const MARKUP = /^<[a-z!/]/i;

function candidate(cls: Classification, i: number): boolean {
  const b = cls.blocks[i];
  if (!b || MARKUP.test(b.text)) return false;
  if (b.role === 'byline' || b.role === 'date') return false;
  if (!b.keep && !POSITIONAL.has(b.rule)) return false;
  if (b.keep && b.role !== 'heading' && b.role !== 'paragraph') return false;
  const words = blockWords(cls, i);
  // The last character, not regexes anchored at $ (which try every character of a paragraph).
  const last = charCodeAt.call(b.text, b.text.length - 1);
  const asks = last === 0x3f || last === 0x21; // ? or !
  const sentence = last === 0x2e || last === 0x2026; // . or …
  return headlineLike(b.text, words, sentence) || (words >= 2 && words <= 30 && asks);
}

/** The headline: the nearest title-like line above the body, or the body's first line. */
export function findTitle(cls: Classification): number | null {
  const { blocks, region } = cls;
  if (!region) return null;
  // A headline with many function words can score as prose and open the body itself.
  const first = blocks[region.start];
  if (first?.keep && candidate(cls, region.start)) {
    // A headline right above that line makes it the standfirst, which stays in the text.
    for (let i = region.start - 1; i >= Math.max(0, region.start - STANDFIRST_BELOW); i--) {
      if (candidate(cls, i)) return i;
    }
    return region.start;
  }
  for (let i = region.start - 1; i >= Math.max(0, region.start - LOOK_BACK); i--) {
    if (candidate(cls, i)) return i;
  }
  return null;
}

// The title of text kept as written is its first line, unless that reads as the body's first
// paragraph (too long for a headline, a long line ending a sentence), is markup shown as text, or
// opens a list of like lines ("Test Case 1", "Test Case 2": every line as long as it, none a
// sentence).
const AS_WRITTEN_TITLE_WORDS = 40;
const PROSE_MIN_CHARS = 100;
const TITLE_MAX_CHARS = 160;
const LETTER = /\p{L}/u;
const SENTENCE_END = /[.!?…:。！？؟]["'”»)]?$/u;

/**
 * Whether text kept as written (classify/as-written.ts) reads its first line as the title: not
 * when that line reads as the body's first paragraph. `rest` holds the word counts of the lines
 * under it; `restProse`, whether one of them ends a sentence (then they are no list of labels).
 */
export function readsAsTitle(text: string, words: number, rest: readonly number[], restProse = true): boolean {
  if (rest.length === 0 || !LETTER.test(text) || MARKUP.test(text)) return false;
  if (!restProse && rest.every((n) => n === words)) return false;
  if (words > AS_WRITTEN_TITLE_WORDS || text.length >= TITLE_MAX_CHARS) return false;
  // Shorter sentences stay titles: pages' own titles end with a full stop too ("… gelesen. Das
  // müsst ihr jetzt dazu wissen.", "… N.Y.C.").
  return !(text.length >= PROSE_MIN_CHARS && SENTENCE_END.test(text));
}

/** Strips " - Site Name" / " | Site Name" from a title. */
export function stripSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const stripped = title.replace(siteTail(siteName), '');
  return stripped || title;
}
