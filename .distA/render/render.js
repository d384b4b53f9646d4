import { renderMarkdown } from './markdown.js';
export const FORMATS = ['json', 'md', 'text', 'ndjson'];
/** Stage 5: an article as the chosen format, ending with a newline. */
export function render(article, format) {
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
// paragraph, so the JSON keeps the plain paragraphs only.
function forJson(article) {
    const { structure: _structure, ...rest } = article;
    return rest;
}
