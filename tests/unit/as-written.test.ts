import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readsAsTitle } from '../../src/article/title.js';
import { suffixOf } from '../../src/classify/site-name.js';
import { cleanArticle, cleanDetailed, render } from '../../src/index.js';

// A clean article as a user (or this tool's text output) writes it: a line per paragraph, a blank
// line between. Its headings, list items and table rows are short lines that a scraped page's
// menus also have; here nothing is boilerplate.
const ARTICLE = [
  'How the River Was Measured',
  'The survey team spent three weeks on the water this spring, and the figures they brought back show how much the river has changed since the last count was made.',
  'Methods',
  'Boats crossed the channel at fixed points every morning.',
  'Depth sounding',
  'Flow meters',
  'Sediment traps',
  'Station | Depth | Flow',
  'North | 4.2 m | 310',
  'South | 3.1 m | 280',
  'The report will be presented to the council next month, when residents will also be able to ask the team about the results and the next survey.',
].join('\n\n');

describe('text that reads as written', () => {
  it('is kept whole: the first line as its title, every other line a paragraph, and says why', () => {
    const { article, blocks } = cleanDetailed(ARTICLE);
    const lines = ARTICLE.split('\n\n');
    expect(article.title).toBe(lines[0]);
    expect(article.paragraphs).toEqual(lines.slice(1));
    expect(blocks.slice(1).every((b) => b.rule === 'content:as-written')).toBe(true);
  });

  it('is not taken as written when a line is recognised as boilerplate, which is dropped', () => {
    const page = ARTICLE.replace('Methods', 'Subscribe to our newsletter\n\nMethods');
    const { article, blocks } = cleanDetailed(page);
    expect(article.paragraphs).not.toContain('Subscribe to our newsletter');
    expect(blocks.some((b) => b.rule === 'content:as-written')).toBe(false);
  });

  it('is not taken as written when lines follow each other without a blank line (a dump)', () => {
    const dump = ARTICLE.replace(
      'Depth sounding\n\nFlow meters\n\nSediment traps',
      'Depth sounding\nFlow meters\nSediment traps',
    );
    const { blocks } = cleanDetailed(dump);
    expect(blocks.some((b) => b.rule === 'content:as-written')).toBe(false);
  });

  it('lets a first line that names a page ("Impressum") be the title', () => {
    const page = [
      'Impressum',
      'Angaben gemäß § 5 TMG: Agentur Beispiel, Musterweg 1, 12345 Musterstadt.',
      'Die Agentur haftet nicht für die Inhalte externer Links, für deren Inhalte allein die Betreiber verantwortlich sind.',
    ].join('\n\n');
    const a = cleanArticle(page);
    expect(a.title).toBe('Impressum');
    expect(a.paragraphs).toHaveLength(2);
  });
});

describe('the first line of text read as written', () => {
  it('is the title unless it reads as the body', () => {
    expect(readsAsTitle('How the River Was Measured', 5, [30, 9])).toBe(true);
    // Pages' own titles may end a sentence.
    expect(readsAsTitle('Ich habe das Urteil gelesen. Das müsst ihr wissen.', 9, [40])).toBe(true);
    // A long line ending a sentence is the first paragraph.
    const long = `${'word '.repeat(20)}ends here.`;
    expect(readsAsTitle(long, 22, [40])).toBe(false);
    // A list of like lines has no title; nor has a single line.
    expect(readsAsTitle('Test Case 1', 3, [3], false)).toBe(false);
    // Under it, a sentence as long as it: a title and its one paragraph.
    expect(readsAsTitle('Weather report for Monday', 4, [4], true)).toBe(true);
    expect(readsAsTitle('Test Case 1', 3, [])).toBe(false);
    expect(readsAsTitle('2024', 1, [20])).toBe(false);
  });

  it('an untitled text article whose first line reads as a title has it as its title', () => {
    // The settled article and its text output agree (the as-written reading that article/reread.ts settle() ends on).
    const a = cleanArticle(
      'Home\nNews\nSport\n\nFloods close the valley road\n\nThe road through the valley was closed on Tuesday after the river burst its banks overnight, the council said in a statement.\n\nDrivers were told to use the motorway instead until the water has gone down and the road has been checked.\n\n© 2024 The Daily Example',
    );
    expect(a.title).toBe('Floods close the valley road');
    const again = cleanArticle(render(a, 'text'));
    expect([again.title, again.paragraphs]).toEqual([a.title, a.paragraphs]);
  });
});

describe('idempotence on the HTML fixtures', () => {
  const dir = join(import.meta.dirname, '../../fixtures/html');
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));

  it('has HTML fixtures to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of pages) {
    it(`${name}: its text output, cleaned again, gives the same title and paragraphs`, () => {
      const a = cleanArticle(readFileSync(join(dir, name)));
      const again = cleanArticle(render(a, 'text'));
      expect(again.source.type).toBe('text');
      expect(again.title).toBe(a.title);
      expect(again.paragraphs).toEqual(a.paragraphs);
    });
  }
});

describe('site-name suffixes', () => {
  it('have letters: a table row ending in " | 1.9%" or " | 1912" names no site', () => {
    expect(suffixOf('Bjoern Michaelsen | 421 | 1.9%')).toBeNull();
    expect(suffixOf('Liliputfiguren auf großen Büchern | 1912')).toBeNull();
    expect(suffixOf('Floods close the valley road | Daily Example')).toBe('Daily Example');
  });
});

describe('the headline finder', () => {
  it('takes no line of markup shown as text for the title', () => {
    const page = [
      '<script>mocha.run();</script>',
      '',
      'So finally you are testing your frontend code, and the more tests you write the more confident you are with your code, but how much precisely?',
      '',
      'That is where code coverage might help, since it records which parts of your code have been executed by your test suite.',
    ].join('\n');
    expect(cleanArticle(page).title).not.toBe('<script>mocha.run();</script>');
  });
});

describe('huge inputs', () => {
  // Math.max(...xs) overflows the call stack past about 120,000 arguments: these ran on the
  // 100 MB text dump and on tables that size before (npm run hostile found them).
  it('weighs a first line against 300,000 lines under it', () => {
    const rest = Array.from({ length: 300_000 }, (_, i) => (i % 7) + 1);
    expect(readsAsTitle('How the River Was Measured', 5, rest)).toBe(true);
  });

  it('renders a Markdown table of 200,000 rows', () => {
    const base = cleanArticle('Floods close the road\n\nThe road through the valley was closed on Tuesday.');
    const rows = Array.from({ length: 200_000 }, (_, i) => ({
      kind: 'row' as const,
      level: 0,
      list: null,
      depth: 0,
      markdown: `${i} | x`,
      cells: [String(i), 'x'],
      ...(i === 0 ? { tableStart: true } : {}),
    }));
    const md = render({ ...base, structure: rows }, 'md');
    expect(md).toContain('| 199999 | x |');
  });
});

describe('an article the page only declares (JSON-LD articleBody of an app shell)', () => {
  it('is cleaned as the text its output is, so that cleaning that output changes nothing', () => {
    const body = [
      'The road through the valley was closed on Tuesday after the river burst its banks overnight, the council said in a statement on its website.',
      'Photo: AFP',
      'Drivers were told to use the motorway instead until the water has gone down and the road has been checked by engineers.',
      'Read more',
      'Residents of the three villages along the river were asked to move their cars to higher ground before the evening.',
    ];
    const ld = { '@type': 'NewsArticle', headline: 'Floods close the valley road', articleBody: body.join('\n\n') };
    const page = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><div id="app">Loading…</div></body></html>`;
    const a = cleanArticle(page, { explain: true });
    expect(a.title).toBe('Floods close the valley road');
    expect(a.paragraphs).toEqual([body[0], body[2], body[4]]);
    expect(a.removed?.some((r) => r.text === 'Photo: AFP' && r.reason.includes('article body the page declares'))).toBe(
      true,
    );
    const again = cleanArticle(render(a, 'text'));
    expect([again.title, again.paragraphs]).toEqual([a.title, a.paragraphs]);
  });
});

describe('text kept as written, edge cases (review findings)', () => {
  const prose =
    'The polls closed at eight and the first results came in shortly after nine, when the counting halls were still full of volunteers.';
  it('does not take its title line again as the byline beside a date line', () => {
    const a = cleanArticle(`Election Night Live\n\nMarch 3, 2024\n\n${prose}\n\nMore results are expected overnight.`);
    expect(a.title).toBe('Election Night Live');
    expect(a.byline).toBeNull();
    const tiny = cleanArticle('Jane Doe\n\nMarch 3, 2024');
    expect(tiny.paragraphs).not.toContain(tiny.title);
  });

  it('keeps a title as long as the longest line under it', () => {
    const a = cleanArticle(
      'Home\nNews\nLogin\n\nWeather report for Monday\n\nSunny and warm today.\n\nRain later on.\n\n© 2024 Example',
    );
    expect(a.title).toBe('Weather report for Monday');
  });

  it('takes no line of markup for its title', () => {
    const a = cleanArticle(
      `<div class="x">Hello</div>\n\n${prose}\n\nAnother paragraph follows here, with a few more words.`,
    );
    expect(a.title).not.toBe('<div class="x">Hello</div>');
  });

  it('reads no dateline out of a sentence that holds a date before a dash', () => {
    const a = cleanArticle(
      `Title of the piece\n\nThe meeting on 12 March 2024 - a milestone - was held in the town hall.\n\n${prose}`,
    );
    expect(a.published).toBeNull();
  });
});
