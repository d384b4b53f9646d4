import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filtered } from '../../src/text/key-filter.js';

describe('key filter', () => {
  it('answers as Map.get and Set.has do, also after the collection grew', () => {
    const key = fc.string({ maxLength: 8, unit: fc.constantFrom('a', 'b', 'é', 'ж', ' ', '北', '😀') });
    fc.assert(
      fc.property(fc.array(key, { maxLength: 20 }), fc.array(key, { maxLength: 20 }), (stored, probes) => {
        const map = new Map(stored.map((k, i) => [k, i]));
        const set = new Set(stored);
        for (const p of [...stored, ...probes]) {
          expect(filtered(map).get(p)).toBe(map.get(p));
          expect(filtered(map).has(p)).toBe(map.has(p));
          expect(filtered(set).has(p)).toBe(set.has(p));
          for (let end = 0; end <= p.length; end++)
            expect(filtered(set).hasPrefix(p, end)).toBe(set.has(p.slice(0, end)));
        }
        set.add('added');
        expect(filtered(set).has('added')).toBe(true);
      }),
      { numRuns: 500, seed: 20261129 },
    );
  });

  it('rules out most keys that are not there, once the collection has been used a few times', () => {
    const set = new Set(['subscribe', 'sign in', 'related articles']);
    const absent = ['the president said on monday that', 'foto: dpa', 'x', 'weather'];
    // The first views of a collection have no filter (it would not repay its cost on one page).
    expect(filtered(set).mayHold('weather')).toBe(true);
    for (let i = 0; i < 20; i++) filtered(set);
    expect(absent.filter((k) => filtered(set).mayHold(k))).toEqual([]);
  });
});
