import { foreignScript } from '../../lang/script.js';
import { drop, undecided } from '../context.js';
// A line in another script is a stray UI string only when it is short: a long paragraph in
// another script is more likely a quoted passage, which the content rules judge.
const MAX_WORDS = 12;
export function foreignScriptRule(ctx) {
    const main = ctx.script;
    if (!main)
        return;
    ctx.blocks.forEach((b, i) => {
        if (!undecided(ctx, i) || (ctx.feats[i]?.words ?? 0) > MAX_WORDS)
            return;
        const other = foreignScript(b.text, main);
        if (other)
            drop(ctx, i, 'foreign-script', `${other} line in a ${main} page`);
    });
}
