import type { Article } from '../types.js';

/** YAML scalar: quoted only when YAML would misread it. */
function yamlValue(v: string | null): string {
  if (v === null) return 'null';
  if (/^[\p{L}\p{N}][^:#'"\n{}[\],&*!|>%@`]*$/u.test(v) && !/^(?:true|false|null|yes|no|~)$/i.test(v) && !/\s$/.test(v))
    return v;
  return JSON.stringify(v);
}

/** Markdown characters that would start a heading, list or quote at the beginning of a paragraph. */
function escapeBlockStart(p: string): string {
  return p.replace(/^(#{1,6}\s|[-+*]\s|>|\d+[.)]\s)/, '\\$1');
}

export function renderMarkdown(article: Article): string {
  const front = [
    '---',
    `title: ${yamlValue(article.title)}`,
    `lang: ${yamlValue(article.lang)}`,
    `site: ${yamlValue(article.siteName)}`,
    `byline: ${yamlValue(article.byline)}`,
    `published: ${yamlValue(article.published)}`,
    `source: ${yamlValue(article.source.path)}`,
    '---',
  ];
  const body = article.paragraphs.map(escapeBlockStart);
  const head = article.title ? [`# ${article.title}`] : [];
  return `${[front.join('\n'), ...head, ...body].join('\n\n')}\n`;
}
