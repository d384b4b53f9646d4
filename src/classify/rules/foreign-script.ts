import { foreignScript } from '../../lang/script.js';
import { CHARS } from '../../text/words.js';
import { type Context, drop, undecided } from '../context.js';

// A line in another script is a stray UI string only when it is short: a long paragraph in
// another script is more likely a quoted passage, which the content rules judge.
const MAX_WORDS = 12;

export function foreignScriptRule(ctx: Context): void {
  const main = ctx.script;
  if (!main) return;
  ctx.blocks.forEach((b, i) => {
    const f = ctx.feats[i];
    if (!undecided(ctx, i) || (f?.words ?? 0) > MAX_WORDS) return;
    // An ASCII line is Latin: foreign to a Latin page it cannot be.
    if (main === 'Latin' && f && (f.holds & CHARS.nonAscii) === 0) return;
    const other = foreignScript(b.text, main);
    if (other) drop(ctx, i, 'foreign-script', `${other} line in a ${main} page`);
  });
}
