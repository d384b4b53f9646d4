import type { Article } from '../types.js';
import { renderMarkdown } from './markdown.js';

export const FORMATS = ['json', 'md', 'text', 'ndjson'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Stage 5: an article as the chosen format, ending with a newline. */
export function render(article: Article, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(forJson(article), null, 2)}\n`;
    case 'ndjson':
      return `${JSON.stringify(forJson(article))}\n`;
    case 'md':
      return renderMarkdown(article);
    case 'text':
      return `${[article.title, article.text].filter(Boolean).join('\n\n')}\n`;
  }
}

// `structure` serves the Markdown output (and library callers); in JSON it would repeat every
// paragraph, so the JSON keeps the plain paragraphs only. Copied key by key: a spread or a
// replacer would read `structure`, which is built when first read (article/structure.ts).
function forJson(article: Article): Omit<Article, 'structure'> {
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(article) as (keyof Article)[]) if (key !== 'structure') rest[key] = article[key];
  return rest as Omit<Article, 'structure'>;
}
