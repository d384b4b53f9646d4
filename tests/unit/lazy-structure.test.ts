import { describe, expect, it, vi } from 'vitest';
import { setLazyStructure } from '../../src/article/structure.js';
import { cleanArticle, render } from '../../src/index.js';
import type { ParagraphStructure } from '../../src/types.js';

const PAGE =
  '<html><body><article><h1>Title here</h1><h2>A part</h2><p>One paragraph of text that is long enough.</p><ul><li>first item</li><li>second item</li></ul></article></body></html>';
const heading: ParagraphStructure = { kind: 'heading', level: 2, list: null, depth: 0, markdown: 'Made' };

describe("an HTML article's structure", () => {
  it('is built when first read, once, and never by the JSON output', () => {
    const article = cleanArticle(PAGE, { type: 'html' });
    const make = vi.fn((): ParagraphStructure[] => [heading]);
    setLazyStructure(article, make);
    const json = render(article, 'json');
    expect(make).not.toHaveBeenCalled();
    expect(JSON.parse(json)).not.toHaveProperty('structure');
    expect(render(article, 'md')).toContain('## Made');
    expect(article.structure).toEqual([heading]);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('can be replaced by assignment', () => {
    const article = cleanArticle(PAGE, { type: 'html' });
    article.structure = [heading];
    expect(article.structure).toEqual([heading]);
    expect(render(article, 'md')).toContain('## Made');
  });

  it('holds what the Markdown shows: headings and list items', () => {
    const article = cleanArticle(PAGE, { type: 'html' });
    expect(article.structure?.map((s) => s.kind)).toEqual(['heading', 'p', 'li', 'li']);
    const md = render(article, 'md');
    expect(md).toContain('## A part');
    expect(md).toContain('- first item');
  });
});
