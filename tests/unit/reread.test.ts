import { describe, expect, it } from 'vitest';
import { cleanArticle, cleanDetailed, render } from '../../src/index.js';

const AGAIN = 'reading the article again';

// A settings guide whose list items end in " – CPU": in the page, the navigation's " | Game
// Guide" suffix is the site name; in the article alone, " – CPU" is the suffix repeated most.
const nav = ['Home', 'News', 'Guides', 'Tips', 'Career Mode', 'Ultimate Team', 'Ratings', 'Settings', 'Forum'].map(
  (w) => `${w} | Game Guide`,
);
const prose = (n: number) =>
  `This setting changes how the computer players behave on the pitch, and it is one of the ${n} sliders that the game offers to make matches feel closer to the real thing for everyone.`;
const sliders = ['Acceleration', 'Sprint Speed', 'Shot Error', 'Pass Error', 'Shot Speed', 'Pass Speed'];
const GUIDE = [
  ...nav,
  '',
  'How the Game Sliders Work',
  '',
  prose(1),
  '',
  ...sliders.flatMap((w, i) => [`${w} – CPU`, prose(i + 2)]),
  '',
  'Related articles',
  ...nav.slice(0, 4),
].join('\n');

describe('reading the article again (idempotence by construction)', () => {
  it('drops what the article alone would drop, says so, and cleaning the output changes nothing', () => {
    const a = cleanArticle(GUIDE, { explain: true });
    const again = a.removed?.filter((r) => r.reason.includes(AGAIN)) ?? [];
    // The six " – CPU" lines, judged by the site-name suffix of the article alone.
    expect(again.map((r) => r.text)).toEqual(sliders.map((w) => `${w} – CPU`));
    expect(again.every((r) => r.rule === 'site-suffix')).toBe(true);
    // Reasons quote the page's line numbers.
    expect(again[0]?.line).toBe(GUIDE.split('\n').indexOf('Acceleration – CPU') + 1);
    expect(a.paragraphs).toHaveLength(7);
    const b = cleanArticle(render(a, 'text'));
    expect(b.title).toBe(a.title);
    expect(b.paragraphs).toEqual(a.paragraphs);
  });

  it('leaves the text output of a settled article alone: nothing is found on a second reading', () => {
    const a = cleanArticle(GUIDE);
    expect(a.title).toBe('How the Game Sliders Work');
    const { article, blocks } = cleanDetailed(render(a, 'text'));
    expect(blocks.some((b) => b.reason.includes(AGAIN))).toBe(false);
    expect(article.title).toBe(a.title);
    expect(blocks.filter((b) => b.keep).map((b) => b.text)).toEqual(a.paragraphs);
  });

  it('keeps the byline and date of the page when the reading changes the body', () => {
    const page = ['By Jane Roe', '12 March 2024', GUIDE].join('\n');
    const a = cleanArticle(page);
    expect(a.byline).toBe('Jane Roe');
    expect(a.published).toBe('2024-03-12');
    expect(a.paragraphs.some((p) => p.endsWith('– CPU'))).toBe(false);
  });
});
