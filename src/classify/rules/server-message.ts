import { type Context, drop, undecided } from '../context.js';

// "Warning: Creating default object from empty value in /www/htdocs/wp-includes/classes.php on
// line 1093": a server script's error printed into the page, which scrapes keep. Not a language's
// boilerplate (PHP writes it in English on every site), so a pattern here, not a phrase file.
const SERVER_MESSAGE =
  /^(?:PHP )?(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards|Catchable fatal error)\s*:.*\sin\s+\S+\.php(?:\s+on line \d+)?/i;

export function serverMessageRule(ctx: Context): void {
  ctx.blocks.forEach((b, i) => {
    // One indexOf rules out nearly every line before the pattern runs.
    if (!b.text.includes('.php') || !undecided(ctx, i) || !SERVER_MESSAGE.test(b.text)) return;
    drop(ctx, i, 'server-message', "a server script's error message printed into the page");
  });
}
