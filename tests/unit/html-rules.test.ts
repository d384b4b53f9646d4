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
