// trigram-franc.ts answers what franc-min answers, from the same data: checked on the fixtures'
// texts (every language of them, whole and in pieces, with and without candidate lists) and on
// generated texts that mix scripts, punctuation, digits and whitespace.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { franc } from 'franc-min';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { describe, expect, it } from 'vitest';
import { trigramFranc } from '../../src/lang/trigram-franc.js';

const fast = trigramFranc({ data, expressions });
const FIXTURES = new URL('../../fixtures/', import.meta.url);
const texts = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, FIXTURES), 'utf8'));
const ONLY = [
  undefined,
  ['eng'],
  ['por', 'spa', 'glg'],
  ['zlm', 'ind', 'eng', 'spa', 'ita'],
  ['rus', 'ukr', 'bel'],
  ['jpn', 'cmn'],
  ['deu', 'nld', 'eng', 'fra', 'ita'],
  ['xyz'],
];

describe('trigramFranc answers as franc-min does', () => {
  it('on the fixtures, whole and in pieces of 40 to 1,200 characters, for each candidate list', () => {
    let checked = 0;
    for (const t of texts)
      for (const size of [40, 100, 300, 1200, 5000])
        for (let at = 0; at < t.length; at += Math.max(size, 500))
          for (const only of ONLY)
            for (const minLength of [10, 100]) {
              const piece = t.slice(at, at + size);
              expect(fast(piece, { minLength, only }), `${size}@${at} ${only}`).toBe(franc(piece, { minLength, only }));
              checked++;
            }
    expect(checked).toBeGreaterThan(1000);
  });

  it('on generated texts of mixed scripts', () => {
    const word = fc.constantFrom(
      'the ',
      'und ',
      'de la ',
      'não ',
      'что ',
      'це ',
      'في ',
      'और ',
      '東京の',
      '서울 ',
      'ελληνικά ',
      '2024 ',
      '!?',
      '  \n\t',
      'İstanbul ',
      'ß',
      '𠀋',
    );
    const text = fc.array(word, { maxLength: 60 }).map((ws) => ws.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...ONLY), (t, only) => {
        expect(fast(t, { minLength: 10, only })).toBe(franc(t, { minLength: 10, only }));
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });
});
