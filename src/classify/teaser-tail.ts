import { NON_ASCII } from '../text/scripts.js';
import { type Context, drop, undecided } from './context.js';
import type { Quality } from './quality.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

// A list of teasers after the article ("Most read", "More from the section", an author's other
// stories): items of a headline (with its date, author or counter) and one short blurb. The
// article's paragraphs follow one another; the teasers' blurbs each stand alone between headlines.
const MIN_ITEMS = 2;
// A headline and its date, author, section or counter: a section heading of the article is one line.
const MIN_HEADS = 2;
// Dropped lines that belong to a teaser: its marker or headline, its date or author repeated
// from the other items, its comment or share counter.
const ITEM_PART = /^(?:teaser|duplicate|counter)/;
const BLURB_MAX_WORDS = 90;
// A teaser's headline, date, author and counter are short: more words than this above one blurb
// is a list of long entries (quests, results), which the article's own lines can be. Without the
// limit, a list whose entries the page had split with dropped lines was cut as teasers once the
// article was read again without them (idempotence).
const HEADS_MAX_WORDS = 100;
// The article before the list must itself be prose: at least this many words in paragraphs.
const MIN_ARTICLE_WORDS = 150;

// "Can Babies Learn To Love Vegetables?": a headline in title case, though it ends like a sentence.
const TITLE_MAX_WORDS = 20;
const TITLE_CAPS = 0.8;

function titleCase(text: string, words: number): boolean {
  if (words < 3 || words > TITLE_MAX_WORDS) return false;
  if (!NON_ASCII.test(text)) return asciiTitleCase(text);
  const ws = text.split(/\s+/u).filter((w) => /^[\p{L}]/u.test(w.replace(/^[^\p{L}\p{N}]+/u, '')));
  if (ws.length < 3) return false;
  const caps = ws.filter((w) => /^\p{Lu}/u.test(w.replace(/^[^\p{L}\p{N}]+/u, ''))).length;
  return caps / ws.length >= TITLE_CAPS;
}

/**
 * titleCase() of an ASCII text in one scan, without cutting it into words: each word counts
 * when its first letter or digit is a letter, and is capitalised when that letter is.
 */
function asciiTitleCase(text: string): boolean {
  let ws = 0;
  let caps = 0;
  // Whether the current word's first letter or digit is still to come.
  let pending = true;
  for (let i = 0; i < text.length; i++) {
    const c = charCodeAt.call(text, i);
    if (c === 32 || (c >= 9 && c <= 13)) pending = true;
    else if (pending) {
      const upper = c >= 65 && c <= 90;
      if (upper || (c >= 97 && c <= 122)) {
        ws++;
        if (upper) caps++;
        pending = false;
      } else if (c >= 48 && c <= 57) pending = false;
    }
  }
  return ws >= 3 && caps / ws >= TITLE_CAPS;
}

function isProse(ctx: Context, qualities: Quality[], j: number): boolean {
  if (!undecided(ctx, j)) return false;
  const q = qualities[j];
  const f = ctx.feats[j];
  if (q === 'good' && !(f && titleCase(ctx.blocks[j]?.text ?? '', f.words))) return true;
  return q === 'near' && !!f?.sentence && !titleCase(ctx.blocks[j]?.text ?? '', f.words);
}

/**
 * The end of the region once a trailing list of teasers is taken off, dropping the list; the
 * region's own end when there is none.
 */
export function trimTeaserTail(ctx: Context, qualities: Quality[], region: { start: number; end: number }): number {
  let i = region.end;
  while (i >= region.start && !isProse(ctx, qualities, i)) i--;
  // The lines above each blurb (its headline, date, author…), item by item from the bottom.
  const heads: number[][] = [];
  while (i >= region.start) {
    // One item, read backwards: its blurb (a single paragraph), then the lines above it.
    if ((ctx.feats[i]?.words ?? 0) > BLURB_MAX_WORDS) break;
    let j = i - 1;
    const above: number[] = [];
    let headWords = 0;
    while (j >= region.start && !isProse(ctx, qualities, j)) {
      if (undecided(ctx, j) || ITEM_PART.test(ctx.decisions[j]?.rule ?? '')) above.push(j);
      if (undecided(ctx, j)) headWords += ctx.feats[j]?.words ?? 0;
      j--;
    }
    if (above.length < MIN_HEADS || headWords > HEADS_MAX_WORDS || j < region.start) break;
    heads.push(above);
    i = j;
  }
  const items = heads.length;
  const top = heads[items - 1];
  if (items < MIN_ITEMS || !top) return region.end;
  // The topmost item's lines may begin with the article's last lines (a signature, a note): it
  // takes only as many lines as the other items have.
  const most = heads.slice(0, -1).reduce((m, h) => Math.max(m, h.length), 0);
  const cut = top[Math.min(top.length, most) - 1] ?? region.end + 1;
  let words = 0;
  for (let j = region.start; j < cut; j++) if (isProse(ctx, qualities, j)) words += ctx.feats[j]?.words ?? 0;
  if (words < MIN_ARTICLE_WORDS) return region.end;
  for (let j = cut; j <= region.end; j++)
    drop(ctx, j, 'teaser-list', 'in a list of teasers (headline and one short blurb each) after the article');
  return cut - 1;
}
