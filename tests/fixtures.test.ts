// Golden tests. Each fixture has a hand-written `.expected.json` (what a careful editor keeps,
// written before the tool's output was seen) and generated `.golden.json` / `.golden.md` files
// (the tool's full output, reviewed by eye). UPDATE_GOLDEN=1 rewrites the goldens only; the
// hand-written expectations are never generated.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle, render } from '../src/index.js';
import type { ImageInfo } from '../src/types.js';

interface Expected {
  title: string | null;
  lang: string;
  siteName: string | null;
  byline: string | null;
  published: string | null;
  paragraphs: string[];
  images: ImageInfo[];
  mustDrop: string[];
  metadataLines?: string[];
}

const dir = new URL('../fixtures/', import.meta.url);
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && existsSync(new URL(f.replace(/\.txt$/, '.expected.json'), dir)))
  .map((f) => f.replace(/\.txt$/, ''));
const update = process.env.UPDATE_GOLDEN === '1';

describe.each(names)('fixture %s', (name) => {
  const bytes = readFileSync(new URL(`${name}.txt`, dir));
  const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as Expected;
  const article = cleanArticle(bytes, { path: `fixtures/${name}.txt`, explain: true });

  it('keeps the title and the paragraphs, in order', () => {
    expect(article.title).toBe(expected.title);
    expect(article.paragraphs).toEqual(expected.paragraphs);
  });

  it('finds the language and metadata', () => {
    expect(article.lang).toBe(expected.lang);
    expect(article.siteName).toBe(expected.siteName);
    expect(article.byline).toBe(expected.byline);
    expect(article.published).toBe(expected.published);
  });

  it('keeps captions and credits as images', () => {
    expect(article.images).toEqual(expected.images);
  });

  it('drops every boilerplate line with a named rule', () => {
    const removed = new Map((article.removed ?? []).map((r) => [r.text, r.rule]));
    // Blocks carry whitespace-collapsed text, so the hand-written lines are compared that way.
    for (const line of expected.mustDrop.map((l) => l.replace(/\s+/g, ' ').trim())) {
      expect(removed.has(line), `not removed: ${line}`).toBe(true);
      expect(removed.get(line)).not.toBe('unclassified');
    }
  });

  it('gives the same article when its own text output is cleaned again', () => {
    const again = cleanArticle(render(article, 'text'));
    expect(again.title).toBe(article.title);
    expect(again.paragraphs).toEqual(article.paragraphs);
  });

  for (const format of ['json', 'md'] as const) {
    it(`matches the reviewed ${format} golden`, () => {
      const golden = new URL(`${name}.golden.${format}`, dir);
      const out = render(article, format);
      if (update || !existsSync(golden)) {
        if (!update) throw new Error(`missing golden ${golden.pathname}: review the output, then run UPDATE_GOLDEN=1`);
        writeFileSync(golden, out);
      }
      expect(out).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
