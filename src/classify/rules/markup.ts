import { type Context, drop, undecided } from '../context.js';

// What the markup says, for blocks built from HTML: landmarks that never hold the article, class
// names of page furniture, and link lists. Text blocks carry no markup and are left alone.

// Measured on the corpus: 0.5 drops link-rich paragraphs, 0.8 keeps link lists; flat in between.
const LINK_DENSITY = 0.65;
const PROSE_WORDS = 25;
const NAV_WORDS = new Set(['menu', 'nav', 'navbar', 'navigation']);
// Over this share of the page's prose (good-quality blocks), a furniture word is taken for a
// markup accident.
const SWALLOW_SHARE = 0.5;

/**
 * Elements whose furniture word (class or id) stands over most of the page's prose: an unclosed
 * <div class="menu"> of a malformed page that swallowed the article, a theme's
 * <div class="entry share"> around the post. Their word says nothing about the text inside.
 */
function swallowing(ctx: Context): Set<number> {
  const chars = new Map<number, number>();
  let total = 0;
  ctx.blocks.forEach((b, i) => {
    if (ctx.qualities[i] !== 'good') return;
    total += b.text.length;
    const at = b.html?.negativeAt;
    if (at) chars.set(at, (chars.get(at) ?? 0) + b.text.length);
  });
  const out = new Set<number>();
  for (const [at, n] of chars) if (n > total * SWALLOW_SHARE) out.add(at);
  return out;
}

// "1/50 United goin down", "2/50 Star Wars boosts economy"…: the slides of a photo gallery.
const SLIDE = /^(\d{1,3}) ?\/ ?(\d{1,3})\s+\S/;
const MIN_SLIDES = 3;

/** A run of numbered slides ("k/N" headings, k counting up) and the captions between them. */
function galleryRule(ctx: Context): void {
  let run: { n: string; next: number; first: number; last: number; count: number } | null = null;
  const flush = () => {
    if (run && run.count >= MIN_SLIDES) {
      for (let i = run.first; i <= run.last + 1 && i < ctx.blocks.length; i++) {
        if (!undecided(ctx, i)) continue;
        // The caption after the last slide goes with it; nothing further.
        if (i === run.last + 1 && SLIDE.test(ctx.blocks[i]?.text ?? '')) break;
        drop(ctx, i, 'gallery', `slides of a ${run.n}-photo gallery and their captions`);
      }
    }
    run = null;
  };
  ctx.blocks.forEach((b, i) => {
    if (!b.html) return;
    const m = SLIDE.exec(b.text);
    if (!m) return;
    const k = Number(m[1]);
    const n = m[2] as string;
    if (run && run.n === n && k === run.next) {
      run.next++;
      run.last = i;
      run.count++;
      return;
    }
    flush();
    run = { n, next: k + 1, first: i, last: i, count: 1 };
  });
  flush();
}

export function markupRule(ctx: Context): void {
  galleryRule(ctx);
  const ignored = swallowing(ctx);
  ctx.blocks.forEach((b, i) => {
    const html = b.html;
    if (!html || !undecided(ctx, i)) return;
    // A comment thread may well hold most of a page's prose, and is still no article text.
    const h = ignored.has(html.negativeAt) && html.negative !== 'comments' ? { ...html, negative: null } : html;
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
