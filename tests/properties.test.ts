// Properties that must hold for any input, not only the fixtures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/index.js';

// Lines built from words, punctuation and UI-like strings, so that the classifier's paths are
// actually exercised (random unicode alone is almost always "no letters").
const word = fc.constantFrom(
  'the',
  'le',
  'Moscou',
  'Share',
  'S’abonner',
  'Подписаться',
  '0',
  '©',
  'Photo:',
  'AFP',
  'Réunion',
  '北京',
  'اقرأ',
  '2024',
  '-',
  '|',
  'a',
  'comments',
);
const line = fc.oneof(
  fc.array(word, { maxLength: 25 }).map((ws) => ws.join(' ')),
  fc.array(word, { minLength: 8, maxLength: 30 }).map((ws) => `${ws.join(' ')}.`),
  fc.string({ maxLength: 40 }),
);
const page = fc.array(line, { maxLength: 40 }).map((ls) => ls.join('\n'));

describe('cleanArticle on arbitrary input', () => {
  it('never throws and returns a well-formed article', () => {
    fc.assert(
      fc.property(fc.oneof(page, fc.string(), fc.uint8Array({ maxLength: 300 })), (input) => {
        const a = cleanArticle(input);
        expect(typeof a.text).toBe('string');
        expect(Array.isArray(a.paragraphs)).toBe(true);
        expect(a.text).toBe(a.paragraphs.join('\n\n'));
        expect(a.lang.length).toBeGreaterThanOrEqual(2);
        expect(a.wordCount).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });

  it('keeps only text that was in the input (whitespace collapsed)', () => {
    fc.assert(
      fc.property(page, (input) => {
        const flat = input.replace(/\s+/g, ' ');
        for (const p of cleanArticle(input).paragraphs) expect(flat).toContain(p);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(page, (input) => {
        expect(JSON.stringify(cleanArticle(input))).toBe(JSON.stringify(cleanArticle(input)));
      }),
      { numRuns: 100, seed: 11 },
    );
  });
});
