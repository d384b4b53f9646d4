import { matchKey } from '../../text/words.js';
import { type Context, drop, undecided } from '../context.js';
import { suffixOf } from '../site-name.js';

const COPYRIGHT_START = /^(?:©|\(c\)|copyright\b)\s*/iu;
const YEAR = /\b(?:19|20)\d{2}\b/;
// Caption lines that end with their credit: "… in Berlin. Foto: dpa", "… (Photo: Reuters)".
const MAX_CAPTION_WORDS = 60;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Texts of nearby lines, without a site suffix, that could be the caption glued to a credit. */
function nearbyCaptions(ctx: Context, i: number): string[] {
  const out: string[] = [];
  for (let j = Math.max(0, i - 3); j <= Math.min(ctx.blocks.length - 1, i + 3); j++) {
    if (j === i) continue;
    const text = ctx.blocks[j]?.text ?? '';
    const site = suffixOf(text);
    out.push(site ? text.slice(0, text.lastIndexOf(site)).replace(/[\s\-–—|·:]+$/u, '') : text);
  }
  return out.filter((t) => t.length >= 10);
}

function addImage(ctx: Context, caption: string | null, credit: string | null): void {
  ctx.images.push({ caption: caption || null, credit: credit || null });
}

/** Photo credits (©, "Photo:", agency names) and captions with their credit glued on. */
export function creditsRule(ctx: Context): void {
  const prefixes = ctx.book.creditPrefixes.map(escapeRe).join('|');
  const prefixStart = prefixes ? new RegExp(`^(?:${prefixes})\\s*(?:[:/|]|©)\\s*`, 'iu') : null;
  const prefixEnd = prefixes
    ? new RegExp(`[\\s(\\[|/]+(?:${prefixes})\\s*(?::|©)\\s*([^()\\[\\]]{2,80}?)[)\\]]?$`, 'iu')
    : null;

  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i)) return;
    const f = ctx.feats[i];
    if (!f) return;
    const text = b.text;
    if (COPYRIGHT_START.test(text)) {
      if (YEAR.test(text.slice(0, 16)) || f.words > 20) {
        drop(ctx, i, 'copyright', 'a copyright notice');
        return;
      }
      const credit = text.replace(COPYRIGHT_START, '');
      // A caption glued to the credit ("© AFP / J. DoePresident X at…"): split where a nearby
      // line repeats it.
      for (const caption of nearbyCaptions(ctx, i)) {
        if (credit.endsWith(caption) && credit.length > caption.length) {
          addImage(ctx, caption, credit.slice(0, -caption.length).trim());
          drop(ctx, i, 'photo-credit', 'a photo credit glued to its caption', 'credit');
          return;
        }
      }
      addImage(ctx, null, credit);
      drop(ctx, i, 'photo-credit', 'a photo credit (©)', 'credit');
      return;
    }
    if (f.words > MAX_CAPTION_WORDS) return;
    if (prefixStart?.test(text) && f.words <= 15) {
      addImage(ctx, null, text.replace(prefixStart, '').trim());
      drop(ctx, i, 'photo-credit', 'a photo credit line', 'credit');
      return;
    }
    const end = prefixEnd?.exec(text);
    if (end?.[1]) {
      const caption = text.slice(0, end.index).trim();
      addImage(ctx, caption || null, end[1].trim());
      drop(ctx, i, 'image-caption', 'a caption ending with its photo credit', 'caption');
      return;
    }
    if (f.words <= 6 && isAgencyLine(ctx, f.key)) {
      addImage(ctx, null, text);
      drop(ctx, i, 'photo-credit', 'a line naming only a photo or news agency', 'credit');
    }
  });
}

/** "AFP", "Reuters / John Doe", "Getty Images": agency names with at most a photographer. */
function isAgencyLine(ctx: Context, key: string): boolean {
  const parts = key.split(/\s*[/|,;]\s*/);
  return parts.some((p) => ctx.book.agencies.has(matchKey(p))) && parts.length <= 3;
}
