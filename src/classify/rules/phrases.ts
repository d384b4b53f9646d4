import { matchKey } from '../../text/words.js';
import { type Context, drop, undecided } from '../context.js';

// A prompt inside a longer line ("Sign up for our newsletter to get…") is matched only in lines
// this short; beyond it, a phrase is more likely quoted in real reporting.
const CONTAINS_MAX_WORDS = 25;

/** Splits UI labels that a scraper glued together: "SubscribeSign In" → ["Subscribe", "Sign In"]. */
export function splitGlued(text: string): string[] {
  return text
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1\u0000$2')
    .split(/\u0000|\s*[|•·]\s*/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function containsPhrase(key: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const at = key.indexOf(phrase, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : key[at - 1];
    const after = key[at + phrase.length] ?? '';
    // Word boundaries; CJK and Arabic phrases have no spaces, so any neighbour is fine there.
    const bounded = (c: string | undefined) =>
      !c || !/[\p{L}\p{N}]/u.test(c) || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c);
    if (bounded(before) && bounded(after)) return true;
    from = at + 1;
  }
}

export function phrasesRule(ctx: Context): void {
  const { lines } = ctx.book;
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i)) return;
    const f = ctx.feats[i];
    if (!f?.key) return;
    const whole = lines.get(f.key);
    if (whole) {
      drop(ctx, i, `phrase:${whole}`, `the whole line is a known ${whole} label`);
      return;
    }
    if (f.words > CONTAINS_MAX_WORDS) return;
    const parts = splitGlued(b.text);
    if (parts.length > 1) {
      const cats = parts.map((p) => lines.get(matchKey(p)));
      if (cats.every(Boolean)) {
        drop(ctx, i, `phrase:${cats[0]}`, `glued UI labels: ${parts.join(' + ')}`);
        return;
      }
    }
    for (const { phrase, category } of ctx.containsPhrases) {
      if (containsPhrase(f.key, phrase)) {
        drop(ctx, i, `phrase:${category}`, `a short line with the ${category} prompt "${phrase}"`);
        return;
      }
    }
  });
}

export function endMarkersRule(ctx: Context): void {
  ctx.blocks.forEach((b, i) => {
    const f = ctx.feats[i];
    if (!f || f.words > 8) return;
    if (!ctx.book.endMarkers.has(f.key)) return;
    ctx.barriers.add(i);
    drop(ctx, i, 'end-marker', `"${b.text}" starts what follows an article`);
  });
}
