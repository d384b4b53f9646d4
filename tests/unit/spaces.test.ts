// collapseSpaces (decode/normalize.ts), isSpace and nonSpaceLength (text/words.ts) stand in for `s.replace(/\s+/g, ' ').trim()` and
// `s.replace(/\s+/g, '').length` on the walk's hot path, and must agree with them on every
// whitespace character JavaScript knows, alone, doubled, leading and trailing.
import { describe, expect, it } from 'vitest';
import { collapseSpaces } from '../../src/decode/normalize.js';
import { isSpace, nonSpaceLength } from '../../src/text/words.js';

const SPACES = ' \t\n\v\f\r\u00A0\u1680\u2000\u2005\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF';
const NOT_SPACES = 'a.\u0085\u180E\u200B\u2060\u00AD\u3001😀';

describe('whitespace as \\s reads it', () => {
  it('classifies every UTF-16 unit as \\s does', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('folds and counts as the regexes do', () => {
    const samples = ['', 'word', 'two words', 'a  b', ' lead', 'trail ', ' ', '  '];
    for (const s of SPACES)
      for (const t of NOT_SPACES) samples.push(`${t}${s}${t}`, `${s}${t}`, `${t}${s}`, `${t}${s}${s}${t} ${t}`);
    for (const s of samples) {
      expect(collapseSpaces(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' ').trim());
      expect(nonSpaceLength(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, '').length);
    }
  });
});
