import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { classIdFacts, factsOfElement, NO_FACTS, type ReadElement } from '../../src/blocks/html/class-id.js';
import { parseHtml } from '../../src/blocks/html/parse.js';

function elements(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'tag' || n.type === 'script' || n.type === 'style') out.push(n as Element);
    if ('children' in n) for (const c of n.children) stack.push(c);
  }
  return out;
}

const PAGE = `<html><body class="single-post"><div id="comments" class="Thread">
  <span class="post-date">1 May</span><div class="article__body"><p class="share-tools">x</p>
  <a class="author-name" rel="author">Jane Roe</a><span class="comment-author">Bob</span>
  <time class="recipeDate"></time><p>plain</p></div></div></body></html>`;

describe('class and id facts', () => {
  it('are read by the parser for every element, as the readers would read them', () => {
    const els = elements(parseHtml(PAGE));
    expect(els.length).toBeGreaterThan(8);
    for (const el of els) {
      const facts = (el as unknown as ReadElement).facts;
      expect(facts).toEqual(classIdFacts(el.attribs.class, el.attribs.id));
    }
  });

  it('say what the class and id words mean', () => {
    const byText = (cls: string) => classIdFacts(cls, undefined);
    expect(classIdFacts(undefined, 'comments').hints).toEqual({ negative: 'comments', positive: false, comment: true });
    expect(byText('share-tools').hints.negative).toBe('share');
    expect(byText('article__body').hints.positive).toBe(true);
    expect(byText('post-date').date).toBe(true);
    expect(byText('recipeDate').date).toBe(true);
    expect(byText('author-name').maybeByline).toBe(true);
    expect(byText('comment-author').notByline).toBe(true);
    expect(byText('plain words')).toBe(NO_FACTS);
    expect(classIdFacts(undefined, undefined)).toBe(NO_FACTS);
  });

  it('are read on demand for a tree another parser built', () => {
    const $ = cheerio.load(PAGE);
    const el = $('.share-tools').get(0) as unknown as ReadElement;
    expect(el.facts).toBeUndefined();
    expect(factsOfElement(el).hints.negative).toBe('share');
  });

  it('are the same, cached or not, for repeated and differently cased class strings', () => {
    const first = classIdFacts('Share-Tools Main', 'X');
    expect(classIdFacts('Share-Tools Main', 'X')).toBe(first);
    expect(classIdFacts('Share-Tools Main', undefined).hints.negative).toBe('share');
    expect(classIdFacts('Share-Tools Main', 'X').hints.negative).toBe('share');
  });
});
