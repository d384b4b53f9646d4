import type { Article, Removal } from '../types.js';

export interface Painter {
  dim(s: string): string;
  rule(s: string): string;
  title(s: string): string;
}

const plain: Painter = { dim: (s) => s, rule: (s) => s, title: (s) => s };

/** Colours for stderr: chalk when stderr is a terminal, none when piped or under NO_COLOR. */
export async function stderrPainter(): Promise<Painter> {
  if (process.env.NO_COLOR) return plain;
  const { chalkStderr } = await import('chalk');
  if (chalkStderr.level === 0) return plain;
  return { dim: chalkStderr.dim, rule: chalkStderr.yellow, title: chalkStderr.bold };
}

/** One line per removed line: where it was, which rule removed it and why. */
export function formatRemovals(article: Article, paint: Painter, header: boolean): string {
  return formatRemovalList(article.source.path, article.removed ?? [], paint, header);
}

export function formatRemovalList(path: string, removed: Removal[], paint: Painter, header: boolean): string {
  const width = String(removed.at(-1)?.line ?? 1).length;
  const lines = removed.map((r) => {
    const text = r.text.length > 100 ? `${r.text.slice(0, 99)}…` : r.text;
    return `${paint.dim(`L${String(r.line).padStart(width)}`)}  ${paint.rule(r.rule.padEnd(18))} ${text}${r.reason ? paint.dim(`  — ${r.reason}`) : ''}`;
  });
  const head = header ? [paint.title(`${path}: ${removed.length} lines removed`)] : [];
  return `${[...head, ...lines].join('\n')}\n`;
}
