import { matchKey } from '../../text/words.js';
import { type Context, drop, undecided } from '../context.js';
import { headlineLike } from './site-suffix.js';

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

/** "There are 13 comments", "Комментарии 7", "12 Kommentare": a count of comments. */
function isCommentCount(ctx: Context, text: string, words: number): boolean {
  if (words > 6 || !/\d/.test(text)) return false;
  return text.split(/[\s\d()[\]:.,]+/u).some((w) => w.length > 2 && ctx.book.lines.get(matchKey(w)) === 'comments');
}

/**
 * "Related articles", "Comments", "Most read": after enough content, the article ends here. But
 * "Read also:" followed by one headline and then more prose is a teaser inside the article:
 * the marker and its headline go, and the article goes on.
 */
export function endMarkersRule(ctx: Context): void {
  ctx.blocks.forEach((b, i) => {
    const f = ctx.feats[i];
    if (!f || f.words > 8 || !undecided(ctx, i)) return;
    if (!ctx.book.endMarkers.has(f.key) && !isCommentCount(ctx, b.text, f.words)) return;
    const comments = ctx.book.lines.get(f.key) === 'comments' || isCommentCount(ctx, b.text, f.words);
    const next = ctx.blocks[i + 1];
    const nf = ctx.feats[i + 1];
    // Real prose must follow: a sentence, not another headline of a related list.
    const prose = (j: number) =>
      ctx.qualities[j] === 'good' || (ctx.qualities[j] === 'near' && !!ctx.feats[j]?.sentence);
    if (!comments && next && nf && headlineLike(next.text, nf.words, nf.sentence) && (prose(i + 2) || prose(i + 3))) {
      drop(ctx, i, 'teaser', `"${b.text}" introduces a related article inside the text`);
      drop(ctx, i + 1, 'teaser-headline', 'headline of a related article, after its marker');
      return;
    }
    ctx.barriers.add(i);
    drop(ctx, i, 'end-marker', `"${b.text}" starts what follows an article`);
  });
}
