import { type Context, drop, undecided } from '../context.js';

// What the markup says, for blocks built from HTML: landmarks that never hold the article, class
// names of page furniture, and link lists. Text blocks carry no markup and are left alone.

// Measured on the corpus: 0.5 drops link-rich paragraphs, 0.8 keeps link lists; flat in between.
const LINK_DENSITY = 0.65;
const PROSE_WORDS = 25;
const NAV_WORDS = new Set(['menu', 'nav', 'navbar', 'navigation']);

export function markupRule(ctx: Context): void {
  ctx.blocks.forEach((b, i) => {
    const h = b.html;
    if (!h || !undecided(ctx, i)) return;
    // A figcaption, or an element whose class says caption (photo captions in plain <div>s).
    if (h.kind === 'caption' || h.negative === 'caption') {
      // A figure's caption describes the photo: it goes with the images, not the text.
      ctx.images.push({ caption: b.text, credit: null });
      drop(ctx, i, 'image-caption', 'the caption of a figure', 'caption');
      return;
    }
    // A <nav> left unclosed swallows the article in a malformed page: long sentences with few
    // links are prose wherever the markup put them.
    const navLike = h.landmark === 'nav' || NAV_WORDS.has(h.negative ?? '');
    const prose =
      navLike && ctx.qualities[i] === 'good' && (ctx.feats[i]?.words ?? 0) >= PROSE_WORDS && h.linkDensity < 0.2;
    if (h.landmark && !(h.inArticle && h.landmark === 'header') && !prose) {
      drop(ctx, i, 'markup:landmark', `inside <${h.landmark}>, which holds page furniture, not the article`);
      return;
    }
    if (h.negative && !h.positive && !prose) {
      drop(ctx, i, 'markup:class', `inside an element whose class or id says "${h.negative}"`);
      return;
    }
    if (h.linkDensity >= LINK_DENSITY && h.kind !== 'heading') {
      drop(ctx, i, 'markup:links', `${Math.round(h.linkDensity * 100)}% of its text is links`);
    }
  });
}
