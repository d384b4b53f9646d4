import { filtered } from '../../text/key-filter.js';
import { matchKey } from '../../text/words.js';
import { type Context, drop, undecided } from '../context.js';

// "Read more: Germany's colonial past", "Lea también: …", "Tags: education, shelters": a marker of
// what follows an article (an end marker or a 'related' label) and its links on one line, inside
// the text. Only that line goes; the article goes on.
const MAX_WORDS = 25;
const MIN_WORDS = 3;
const LABEL = /^([^:：]{2,40})[:：]\s*\S/u;

export function teaserLabelRule(ctx: Context): void {
  const labels = filtered(ctx.book.lines);
  const markers = filtered(ctx.book.endMarkers);
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i)) return;
    const f = ctx.feats[i];
    if (!f || f.words > MAX_WORDS || f.words < MIN_WORDS) return;
    const m = LABEL.exec(b.text);
    if (!m) return;
    const key = matchKey(m[1] ?? '');
    if (!key || (labels.get(key) !== 'related' && !markers.has(key))) return;
    drop(ctx, i, 'teaser', `"${m[1]}:" opens a line of links (related articles, tags) inside the text`);
  });
}
