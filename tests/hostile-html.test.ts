// Malformed, deep and oversized HTML: each page must clean without throwing, give a well-formed
// article, and still yield the article hidden in it (tests/generators.ts builds the pages).
// Sizes are kept small enough for a fast suite; `npm run hostile` measures the large ones.
import { describe, expect, it } from 'vitest';
import { blocksFromHtml } from '../src/blocks/from-html.js';
import { parseHtml } from '../src/blocks/html/parse.js';
import { cleanArticle } from '../src/index.js';
import type { Article } from '../src/types.js';
import {
  ARTICLE,
  deepJsonLdHtml,
  deepListsHtml,
  deepNestedHtml,
  deepTablesHtml,
  hugeAttributeHtml,
  hugeJsonLdHtml,
  hugeTextNodeHtml,
  invalidJsonLdHtml,
  MALFORMED_HTML,
  siblingParagraphsHtml,
  tableRowsHtml,
  tinyElementsHtml,
  wideRowHtml,
} from './generators.js';
import { checkArticle } from './invariants.js';

function clean(html: string): Article {
  const a = cleanArticle(html);
  checkArticle(a);
  expect(a.source.type).toBe('html');
  return a;
}

/** The article's three paragraphs are all there, whole. */
function hasArticle(a: Article): void {
  for (const p of ARTICLE) expect(a.paragraphs).toContain(p);
}

describe('malformed HTML', () => {
  for (const [name, html] of Object.entries(MALFORMED_HTML)) {
    it(`${name}: the article is found`, () => hasArticle(clean(html)));
  }

  it('a <script> never closed hides nothing before it and shows none of its code', () => {
    const a = clean(MALFORMED_HTML['<script> never closed after the article'] as string);
    expect(a.text).not.toContain('not text');
  });

  it('a comment never closed shows none of its content', () => {
    expect(clean(MALFORMED_HTML['comment never closed after the article'] as string).text).not.toContain('not text');
  });
});

describe('deep nesting', () => {
  // 100,000 levels: the walk is iterative, and neither parsing nor the metadata's selectors and
  // text() cost O(depth) per element (see src/blocks/html/parse.ts and declared.ts).
  it('100,000 unclosed <div>s: the article is found', () => hasArticle(clean(deepNestedHtml(100_000))));

  it('50,000 unclosed <span>s', () => hasArticle(clean(deepNestedHtml(50_000, '<span>'))));

  it('20,000 nested author boxes: no stack overflow reading the byline', () => {
    hasArticle(clean(deepNestedHtml(20_000, '<div class="author">')));
  });

  it('20,000 nested tables, closed', () => hasArticle(clean(deepTablesHtml(20_000))));

  it('20,000 nested lists, closed', () => hasArticle(clean(deepListsHtml(20_000))));

  it('the parse tree is as deep as the page (nothing is flattened or dropped)', () => {
    const doc = parseHtml(deepNestedHtml(50_000));
    let depth = 0;
    let n = doc.children.find((c) => 'name' in c && c.name === 'html');
    while (n && 'children' in n) {
      depth++;
      n = n.children.findLast((c) => c.type === 'tag');
    }
    // html, body, 50,000 divs, article, p
    expect(depth).toBe(50_004);
  });

  it('a stray end tag below 50,000 open elements closes nothing', () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}${'</span>'.repeat(1000)}<p>${ARTICLE[0]}</p></body></html>`;
    const { blocks } = blocksFromHtml(html);
    expect(blocks.map((b) => b.text)).toEqual([ARTICLE[0]]);
    // The paragraph is still inside the innermost div: its container is the 50,000th.
    expect(blocks[0]?.html?.container).toBeGreaterThanOrEqual(50_000);
  });
});

describe('many elements', () => {
  it('30,000 sibling paragraphs of links: the article after them is found', () => {
    hasArticle(clean(siblingParagraphsHtml(30_000)));
  });

  it('a table of 30,000 rows', () => hasArticle(clean(tableRowsHtml(30_000))));

  it('a table row of 150,000 cells: no stack overflow', () => hasArticle(clean(wideRowHtml(150_000))));

  it('100,000 tiny inline elements', () => hasArticle(clean(tinyElementsHtml(100_000))));
});

describe('huge values', () => {
  it('class, id and style attributes of 2 MB each', () => hasArticle(clean(hugeAttributeHtml(2_000_000))));

  // A regexp of the block features (/\p{L}.*\p{L}/su) overflowed V8's regexp stack on the
  // 10,000,000-byte page given as a string, in a plain node process (not reproducible in
  // vitest's workers, nor from bytes); the check is now two linear searches.
  it('a single 2 MB text node, kept whole', () => {
    const a = clean(hugeTextNodeHtml(2 * 1024 * 1024));
    expect(a.paragraphs.some((p) => p.length >= 2 * 1024 * 1024)).toBe(true);
  });
});

describe('JSON-LD', () => {
  it('5 MB of JSON-LD: read (its headline is the title)', () => {
    const a = clean(hugeJsonLdHtml(5_000_000));
    hasArticle(a);
    expect(a.title).toBe('Talks in the capital');
  });

  it('nested 100,000 levels deep: no stack overflow, the page is still cleaned', () => {
    hasArticle(clean(deepJsonLdHtml(100_000)));
  });

  it('invalid (truncated, unbalanced, a wall of commas): ignored', () => {
    const a = clean(invalidJsonLdHtml(1_000_000));
    hasArticle(a);
    expect(a.title).toBe('Talks');
  });
});
