import type { Article } from '../types.js';
import { renderMarkdown } from './markdown.js';

export const FORMATS = ['json', 'md', 'text', 'ndjson'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Stage 5: an article as the chosen format, ending with a newline. */
export function render(article: Article, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(article, null, 2)}\n`;
    case 'ndjson':
      return `${JSON.stringify(article)}\n`;
    case 'md':
      return renderMarkdown(article);
    case 'text':
      return `${[article.title, article.text].filter(Boolean).join('\n\n')}\n`;
  }
}
