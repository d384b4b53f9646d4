// Pathological pages: each must give a well-formed article, and the handling named in the test
// must show (an input that reads like the seed must clean like the seed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/index.js';
import type { Article } from '../src/types.js';
import { root } from './cli-run.js';
import { singleLine } from './generators.js';
import { checkArticle } from './invariants.js';

const seedText = readFileSync(join(root, 'fixtures/sputnik-afrique-fr.txt'), 'utf8');
const seed = cleanArticle(seedText);

function clean(input: string | Uint8Array): Article {
  const a = cleanArticle(input);
  checkArticle(a);
  return a;
}

/** Same title and paragraphs as the seed. */
function likeSeed(a: Article): void {
  expect(a.title).toBe(seed.title);
  expect(a.paragraphs).toEqual(seed.paragraphs);
}

describe('pages without prose', () => {
  it('only punctuation: no article, no crash', () => {
    const a = clean('!!! ??? ... --- ***\n;;; ::: ,,, «» —\n'.repeat(200));
    expect(a.paragraphs).toEqual([]);
    expect(a.lang).toBe('und');
  });

  it('only numbers: no article', () => {
    expect(clean('12 345 6789\n2024 2025 0.5\n+33 1 23 45 67 89\n'.repeat(200)).paragraphs).toEqual([]);
  });

  it('one line repeated a thousand times: kept once, not a thousand times', () => {
    const line = 'The same sentence is written here again and again on every line of the page.';
    const a = clean(`${line}\n`.repeat(1000));
    expect(a.paragraphs).toEqual([line]);
  });
});

describe('scripts and directions', () => {
  it('right-to-left text (Arabic) is kept in logical order, with its language', () => {
    const p1 = 'قال الرئيس يوم الأربعاء إن البلاد مستعدة للتفاوض مع جيرانها من أجل السلام في المنطقة كلها.';
    const p2 = 'وأضاف أن الحكومة ستعلن التفاصيل في الأسبوع المقبل بعد اجتماع مجلس الوزراء في العاصمة.';
    const a = clean(`الرئيس والسلام\n\n${p1}\n\n${p2}\n`);
    expect(a.title).toBe('الرئيس والسلام');
    expect(a.paragraphs).toEqual([p1, p2]);
    expect(a.lang).toBe('ar');
  });

  it('right-to-left text (Hebrew) with bidi marks keeps the marks', () => {
    const p = 'ראש הממשלה אמר ביום רביעי כי המדינה מוכנה לשאת ולתת עם שכנותיה למען השלום באזור כולו\u200F.';
    // A headline first: text kept as written takes a short first line for its title.
    expect(clean(`ראש הממשלה והשלום\n\n${p}\n\n${p.replace('רביעי', 'חמישי')}\n`).paragraphs[0]).toBe(p);
  });

  it('mixed scripts inside one paragraph are kept whole', () => {
    const mixed =
      'La délégation de Tokyo (東京) et celle de Moscou (Москва) ont dit « мир » et « 平和 » pour la paix, a déclaré le ministre.';
    const lines = seedText.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Selon lui'));
    const a = clean([...lines.slice(0, at), mixed, '', ...lines.slice(at)].join('\n'));
    expect(a.paragraphs).toContain(mixed);
  });
});

describe('invisible and broken characters', () => {
  it('zero-width spaces, word joiners and soft hyphens inside words are removed', () => {
    likeSeed(clean(seedText.replace(/e/g, 'e\u200B').replace(/a/g, '\u2060a').replace(/ion/g, 'i\u00ADon')));
  });

  it('control characters are removed', () => {
    likeSeed(clean(seedText.replace(/ /g, ' \u0007').replace(/\n/g, '\u001F\n')));
  });

  it('NUL bytes in the bytes are removed, and the page is still text', () => {
    const a = clean(new Uint8Array(Buffer.from(seedText.replace(/\n/g, '\u0000\n'))));
    likeSeed(a);
    expect(a.source.type).toBe('text');
  });

  it('lone surrogates in a string become U+FFFD, never invalid output', () => {
    const a = clean(seedText.replace(/é/g, '\uD800').replace(/è/g, '\uDC00'));
    expect(a.title).toBe(seed.title?.replace(/é/g, '\uFFFD'));
    expect(a.paragraphs.join('')).not.toMatch(/[\uD800-\uDFFF]/);
  });
});

describe('line endings and spaces', () => {
  it('CRLF and CR-only line endings read like LF', () => {
    likeSeed(clean(seedText.replace(/\n/g, '\r\n')));
    likeSeed(clean(seedText.replace(/\n/g, '\r')));
    likeSeed(clean(new Uint8Array(Buffer.from(seedText.replace(/\n/g, '\r')))));
  });

  it('no-break, thin, ideographic and other Unicode spaces collapse to one space', () => {
    const spaces = ['\u00A0', '\u2009', '\u3000', '\u202F', '\u2002', ' \t '];
    let i = 0;
    likeSeed(clean(seedText.replace(/ /g, () => spaces[i++ % spaces.length] as string)));
  });
});

describe('huge lines', () => {
  it('a single 1 MB line (no newline at all) gives one paragraph, whole', () => {
    const line = singleLine(1024 * 1024);
    const a = clean(line);
    expect(a.paragraphs).toHaveLength(1);
    expect(a.paragraphs[0]?.length).toBe(line.length);
  });
});

describe('empty input', () => {
  it('empty, whitespace-only, BOM-only and all-zero input give an empty article, not an error', () => {
    for (const input of ['', '   \n\t\n\u00A0\u3000\n', new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array(5000)]) {
      const a = clean(input);
      expect(a.paragraphs).toEqual([]);
      expect(a.title).toBeNull();
      expect(a.wordCount).toBe(0);
    }
  });
});
