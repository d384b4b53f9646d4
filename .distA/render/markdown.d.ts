import type { Article } from '../types.js';
export declare function renderMarkdown(article: Article): string;
