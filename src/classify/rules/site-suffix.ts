import { headlineLike, matchKey } from '../../text/words.js';
import { type Context, drop, undecided } from '../context.js';
import { siteTail } from '../site-name.js';

/**
 * Lines ending in " - <site name>" are image alts. One that repeats the article image's caption
 * joins it; one followed by a headline is a related-article teaser, and the headline goes too.
 */
export function siteSuffixRule(ctx: Context): void {
  const site = ctx.siteName;
  if (!site) return;
  // Compiled once a line ends with the name (a Unicode regex per reading cost more than the scan).
  let tail: RegExp | null = null;
  const captionKeys = new Set(ctx.images.map((im) => matchKey(im.caption ?? '')).filter(Boolean));
  ctx.blocks.forEach((b, i) => {
    // The pattern ends with the name: lines that do not are ruled out without a regex scan.
    if (!undecided(ctx, i) || !b.text.endsWith(site)) return;
    tail ??= siteTail(site);
    if (!tail.test(b.text)) return;
    // The first line is the page title more often than an alt: leave it to the title finder.
    if (i === 0) return;
    const prefix = b.text.replace(tail, '');
    if (captionKeys.has(matchKey(prefix))) {
      drop(ctx, i, 'image-alt', 'image alt text repeating the caption', 'caption');
      return;
    }
    const next = ctx.blocks[i + 1];
    const nf = ctx.feats[i + 1];
    if (next && nf && undecided(ctx, i + 1) && headlineLike(next.text, nf.words, nf.sentence)) {
      drop(ctx, i, 'teaser', `image of a related article ("… - ${site}")`);
      drop(ctx, i + 1, 'teaser-headline', 'headline of a related article, after its image');
      return;
    }
    drop(ctx, i, 'site-suffix', `image alt or link ending in " - ${site}"`);
  });
}
