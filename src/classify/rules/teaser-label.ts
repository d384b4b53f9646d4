import { filtered } from '../../text/key-filter.js';
import { CHARS, matchKey } from '../../text/words.js';
import { type Context, drop, undecided } from '../context.js';

// "Read more: Germany's colonial past", "Lea también: …", "Tags: education, shelters": a marker of
// what follows an article (an end marker or a 'related' label) and its links on one line, inside
// the text. Only that line goes; the article goes on.
const MAX_WORDS = 25;
const MIN_WORDS = 3;
const LABEL = /^([^:：]{2,40})[:：]\s*\S/u;

/**
 * Index of the first ':' or '：', or -1. Native searches (the full-width colon only in a line
 * beyond ASCII): a loop over the characters cost more on the short lines asked.
 */
function firstColon(text: string, holds: number): number {
  const ascii = text.indexOf(':');
  if ((holds & CHARS.nonAscii) === 0) return ascii;
  const wide = text.indexOf('：');
  return wide < 0 || (ascii >= 0 && ascii < wide) ? ascii : wide;
}

export function teaserLabelRule(ctx: Context): void {
  const labels = filtered(ctx.book.lines);
  const markers = filtered(ctx.book.endMarkers);
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i)) return;
    const f = ctx.feats[i];
    if (!f || f.words > MAX_WORDS || f.words < MIN_WORDS || (f.holds & (CHARS.colon | CHARS.nonAscii)) === 0) return;
    // LABEL's colon is the line's first one, after 2 to 40 code points (2 to 80 UTF-16 units):
    // most lines have none there.
    const colon = firstColon(b.text, f.holds);
    if (colon < 2 || colon > 80) return;
    const m = LABEL.exec(b.text);
    if (!m) return;
    const key = matchKey(m[1] ?? '');
    if (!key || (labels.get(key) !== 'related' && !markers.has(key))) return;
    drop(ctx, i, 'teaser', `"${m[1]}:" opens a line of links (related articles, tags) inside the text`);
  });
}
