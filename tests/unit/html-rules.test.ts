import { describe, expect, it } from 'vitest';
import { cleanDetailed } from '../../src/index.js';

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('HTML rules', () => {
  it('a tiny page made only of links is its own text', () => {
    const { article } = cleanDetailed(
      page('<p><a href="/a">abc</a></p><p><a href="/d">def</a></p><p><a href="/g">ghi</a></p>'),
      {
        type: 'html',
      },
    );
    expect(article.paragraphs).toEqual(['abc', 'def', 'ghi']);
  });

  it('link lists on a real page still go, with their reason', () => {
    const prose = 'The council approved the new budget on Monday after a long debate about the school buildings. ';
    const { blocks } = cleanDetailed(
      page(
        `<ul>${['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'].map((w) => `<li><a href="/${w}">${w} section</a></li>`).join('')}</ul>` +
          `<article><h1>Budget approved</h1>${`<p>${prose.repeat(3)}</p>`.repeat(4)}</article>`,
      ),
      { type: 'html' },
    );
    const link = blocks.find((b) => b.text === 'One section');
    expect(link?.keep).toBe(false);
    expect(link?.rule).toBe('markup:links');
    expect(blocks.filter((b) => b.keep).length).toBe(4);
  });

  it('hidden elements and scripts never reach the text', () => {
    const { article } = cleanDetailed(
      page(
        '<p hidden>secret one</p><p aria-hidden="true">secret two</p><p style="display: none">secret three</p><script>var secret = 4;</script><p>Visible text of a short note that stands on its own.</p>',
      ),
      { type: 'html' },
    );
    expect(article.text).not.toMatch(/secret/);
    expect(article.text).toContain('Visible text');
  });
});

describe('furniture words over most of the page', () => {
  it('an unclosed <div class="menu"> that swallowed the article says nothing about it', () => {
    const lead = 'The council approved the rebuilding of the school kitchen for six million.';
    const prose = 'The dining hall has served the school since 1976 and no longer meets the rules of the inspectors. ';
    const { article, blocks } = cleanDetailed(
      `<!doctype html><html><head><title>Kitchen rebuilt</title></head><body><div class="menu"><a href="/">Home</a><br><a href="/news">News</a>` +
        `<div class="article"><h2>Kitchen rebuilt</h2><p class="lead"><b>${lead}</b>${`<p>${prose.repeat(2)}`.repeat(4)}</div></body></html>`,
      { type: 'html' },
    );
    expect(article.paragraphs[0]).toBe(lead);
    expect(blocks.some((b) => b.rule === 'markup:class')).toBe(false);
  });

  it('a real menu, a small part of the page, still goes by its class', () => {
    const prose = 'The dining hall has served the school since 1976 and no longer meets the rules of the inspectors. ';
    const { blocks } = cleanDetailed(
      `<!doctype html><html><head><title>t</title></head><body><div class="menu"><p>Our newsroom pages</p></div>` +
        `<article><h1>Kitchen rebuilt</h1>${`<p>${prose.repeat(2)}</p>`.repeat(4)}</article></body></html>`,
      { type: 'html' },
    );
    expect(blocks.find((b) => b.text === 'Our newsroom pages')?.rule).toBe('markup:class');
  });

  it('a theme\'s <div class="entry share"> around the post\'s prose is no share bar', () => {
    const prose = 'The railway removes lounge access for passengers with saver tickets from December on. ';
    const comments = `<div class="comments">${'<p>I think this is a bad idea for all of us.</p>'.repeat(40)}</div>`;
    const { blocks } = cleanDetailed(
      `<!doctype html><html><head><title>Lounge access ends</title></head><body><article><h1>Lounge access ends</h1><div class="entry themeform share">${`<p>${prose.repeat(2)}</p>`.repeat(5)}</div></article>${comments}</body></html>`,
      { type: 'html' },
    );
    const body = blocks.filter((b) => b.text.startsWith('The railway'));
    expect(body).toHaveLength(5);
    expect(body.every((b) => b.keep)).toBe(true);
  });

  it('a photo gallery of numbered slides goes, slides and captions, and the article stays', () => {
    const prose = 'The hotel industry hides a few secrets from its guests, cleaners told the reporters. ';
    const slides = [1, 2, 3, 4]
      .map(
        (k) =>
          `<h3>${k}/50 Slide headline ${k}</h3><p>The caption of slide ${k} says what the photo shows in two sentences. It is long enough to read as prose.</p>`,
      )
      .join('');
    const { article, blocks } = cleanDetailed(
      `<!doctype html><html><head><title>Hotel secrets</title></head><body><article><h1>Hotel secrets</h1>${`<p>${prose.repeat(3)}</p>`.repeat(4)}</article><div class="box"><h2>Business news in pictures</h2>${slides}</div></body></html>`,
      { type: 'html' },
    );
    expect(article.paragraphs).toHaveLength(4);
    expect(blocks.find((b) => b.text.startsWith('2/50'))?.rule).toBe('gallery');
    expect(blocks.find((b) => b.text.startsWith('The caption of slide 3'))?.rule).toBe('gallery');
  });
});
