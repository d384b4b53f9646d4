import { templateKey } from '../../text/template-key.js';
import { type Context, drop, undecided } from '../context.js';

/**
 * A line that recurs on many pages of the same site is the site's template (menus, prompts,
 * a standard disclaimer), not this article. The lines come as data: a batch learned them.
 */
export function repeatedAcrossPagesRule(ctx: Context): void {
  const template = ctx.template;
  if (!template || template.lines.size === 0) return;
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i)) return;
    const k = template.lines.get(templateKey(b.text));
    if (k === undefined) return;
    drop(
      ctx,
      i,
      `repeated-across-pages (${k} of ${template.docs})`,
      `the line occurs on ${k} of ${template.docs} pages of the same site or folder (learned template)`,
    );
  });
}
