// The fast paths of text/ must answer exactly what the plain regex versions answer: the
// references below are those versions, kept here as the specification.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dominantScript, linesDominantScript, linesScriptCounts, scriptCounts } from '../../src/lang/script.js';
import { BitSet } from '../../src/text/bit-set.js';
import { PrefixSet } from '../../src/text/prefixes.js';
import { countStopwords, hashSpan, scanLatinWords, WordTable } from '../../src/text/word-table.js';
import {
  asciiMeasures,
  CHARS,
  countAsciiWords,
  countLatinWords,
  countSpaces,
  countWords,
  endsLikeSentence,
  isLatinWordChar,
  lastSpace,
  latinLetters,
  latinText,
  matchKey,
  matchKeyWithLower,
  nonAsciiKey,
  partsToCount,
  trimTokenEnd,
  wordCount,
  wordParts,
  words,
} from '../../src/text/words.js';
import { LATIN_RANGE_CODES } from './latin-range.js';

const WORD = /[\p{L}\p{N}\p{M}_'’-]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

const refEndsLikeSentence = (text: string): boolean =>
  /[.!?…。！？؟।።](?:\s?["'”»)\]’」』])*$/u.test(text) && !/\.\.\.$|…$/.test(text);

const refWordCount = (text: string): number => {
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk === 0) return text.match(WORD)?.length ?? 0;
  return (text.replace(CJK, ' ').match(WORD)?.length ?? 0) + Math.ceil(cjk / 2);
};

// matchKey as it was before its fast paths (its ASCII shortcut is the same as the general case).
const NEEDS_NFKC =
  /[\u00aa\u00b2-\u00b5\u00b9-\u00be\u2024-\u2026\u2100-\u24ff\u3000-\u33ff\ufb00-\ufb4f\ufe30-\uffef\ud800-\udfff]/;
const refMatchKey = (text: string): string =>
  (NEEDS_NFKC.test(text) || /\p{M}/u.test(text) ? text.normalize('NFKC') : text)
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
    .replace(/\s+/g, ' ');

const refAtEnd = (set: Set<string>, lower: string): string | null => {
  const ws = lower.trim().split(/\s+/);
  for (let k = Math.min(4, ws.length); k >= 1; k--) {
    const cand = ws.slice(-k).join(' ');
    if (set.has(cand)) return cand;
  }
  return null;
};

// Characters the fast paths branch on: ASCII, Latin-1 and Latin Extended, typographic
// punctuation, sentence marks and quotes of several scripts, CJK, Hangul, Cyrillic, marks, spaces.
const PIECES = [
  'a',
  'Z',
  '7',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  "'",
  '-',
  '_',
  '.',
  '...',
  '…',
  '!',
  '?',
  '"',
  '»',
  '«',
  '”',
  '’',
  ')',
  ']',
  '」',
  '。',
  '؟',
  '।',
  'é',
  'ß',
  'İ',
  'ª',
  '²',
  '½',
  '×',
  'ǅ',
  'Ω',
  'ж',
  'Ж',
  '北',
  'の',
  'カ',
  '한',
  'e\u0301',
  'ﬁ',
  '—',
  '–',
  '😀',
  'Σ',
  ':',
  '©',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));
const anyText = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 20 }));
const RUNS = { numRuns: 3000, seed: 20261129 };

describe('text fast paths equal their regex references', () => {
  it('endsLikeSentence', () => {
    fc.assert(
      fc.property(anyText, (t) => endsLikeSentence(t) === refEndsLikeSentence(t)),
      RUNS,
    );
  });

  it('words, countWords, countAsciiWords and wordCount', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(words(t)).toEqual(t.match(WORD) ?? []);
        expect(countWords(t)).toBe(words(t).length);
        expect(wordCount(t)).toBe(refWordCount(t));
        if (!/[^\x00-\x7f]/.test(t)) expect(countAsciiWords(t)).toBe(words(t).length);
        if (latinText(t)) expect(countLatinWords(t)).toBe(words(t).length);
        if (latinText(t)) expect(latinLetters(t, 2)).toBe(/\p{L}.*\p{L}/su.test(t) ? 2 : /\p{L}/u.test(t) ? 1 : 0);
      }),
      RUNS,
    );
  });

  it('spells out the Latin word characters exactly', () => {
    // One character at a time over the ranges words() reads with its plain class.
    const ranges: [number, number][] = [
      [0, 0x24f],
      [0x2000, 0x206f],
      [0x20a0, 0x20cf],
    ];
    for (const [from, to] of ranges) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        expect(latinText(ch), `U+${c.toString(16)}`).toBe(true);
        expect(latinLetters(ch, 2), `U+${c.toString(16)}`).toBe(/\p{L}/u.test(ch) ? 1 : 0);
        expect(words(`x${ch}`).length, `U+${c.toString(16)}`).toBe(`x${ch}`.match(WORD)?.length ?? 0);
        expect(words(`é${ch}é`), `U+${c.toString(16)}`).toEqual(`é${ch}é`.match(WORD));
      }
    }
  });

  it('isLatinWordChar is what words() keeps in Latin text', () => {
    for (const c of LATIN_RANGE_CODES) {
      const ch = String.fromCharCode(c);
      expect(isLatinWordChar(c), `U+${c.toString(16)}`).toBe(words(`é${ch}`).join('') === `é${ch}`);
    }
  });

  it('countStopwords and scanLatinWords count and look up the words words() cuts', () => {
    const stop = new Set(['a', 'é', "l'", 'don’t', '7', 'x-y', 'ß', 'ab', 'ﬁ', 'жж', '']);
    const table = new WordTable(stop);
    // The stoplist's table is built once the set has served enough lines; before, null (the caller
    // cuts words itself).
    expect(countStopwords('a b', stop)).toBeNull();
    for (let i = 0; i < 10_000 && countStopwords('a b', stop) === null; i++);
    expect(countStopwords('a b', stop)).toEqual({ words: 2, hits: 1 });
    fc.assert(
      fc.property(anyText, (t) => {
        const lower = t.toLowerCase();
        const ws = words(lower);
        const counted = countStopwords(lower, stop);
        if (!latinText(lower)) {
          expect(counted).toBeNull();
          return;
        }
        expect(counted).toEqual({ words: ws.length, hits: ws.filter((w) => stop.has(w)).length });
        const seen: number[] = [];
        expect(scanLatinWords(lower, table, 3, (i) => seen.push(i))).toBe(Math.min(3, ws.length));
        expect(seen).toEqual(ws.slice(0, 3).map((w) => table.list().indexOf(w)));
        for (const w of ws) expect(table.find(w, 0, w.length, hashSpan(w, 0, w.length))).toBe(table.list().indexOf(w));
      }),
      RUNS,
    );
  });

  it('word counts of lines add up to the count of their text joined by blank lines', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 6 }), (lines) => {
        const parts = lines.map(wordParts);
        const sum = { plain: 0, cjk: 0 };
        for (const p of parts) {
          sum.plain += p.plain;
          sum.cjk += p.cjk;
        }
        return partsToCount(sum) === wordCount(lines.join('\n\n'));
      }),
      RUNS,
    );
  });

  it('matchKey', () => {
    fc.assert(
      fc.property(
        anyText,
        (t) =>
          matchKey(t) === refMatchKey(t) &&
          matchKeyWithLower(t, t.toLowerCase()) === matchKey(t) &&
          (!/[^\x00-\x7f]/.test(t) ||
            (nonAsciiKey(t, null, latinText(t)) === matchKey(t) &&
              nonAsciiKey(t, t.toLowerCase(), latinText(t)) === matchKey(t))),
      ),
      RUNS,
    );
  });

  it('asciiMeasures counts words and letters and keys an ASCII line as the separate functions do', () => {
    const ascii = fc
      .array(
        fc.constantFrom(
          'a',
          'Z',
          'q',
          '7',
          ' ',
          '  ',
          "'",
          '-',
          '_',
          '.',
          ':',
          '|',
          '!',
          '?',
          '>',
          '\t',
          '\u0001',
          '\u007f',
        ),
        {
          maxLength: 30,
        },
      )
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(ascii, fc.integer({ min: 0, max: 6 }), (t, cap) => {
        const m = asciiMeasures(t, cap);
        if (!m) throw new Error('an ASCII text was not measured');
        expect(m.words).toBe(countAsciiWords(t));
        expect(m.letters).toBe(latinLetters(t, 2));
        expect(m.key).toBe(m.words > cap ? '' : matchKey(t));
        const holds = (re: RegExp, bit: number) => expect((m.holds & bit) !== 0).toBe(re.test(t));
        holds(/\d/, CHARS.digit);
        holds(/:/, CHARS.colon);
        holds(/\|/, CHARS.pipe);
        holds(/[a-z]/, CHARS.lower);
        holds(/[A-Z]/, CHARS.upper);
        holds(/[.!?>]/, CHARS.stop);
        expect(m.holds & CHARS.nonAscii).toBe(0);
      }),
      RUNS,
    );
  });

  it('asciiMeasures gives up on a text with a character beyond ASCII, wherever it is', () => {
    for (const t of ['é', 'Café', '’Home', 'Read more…', 'a b c d e f g h i j k l m n o ü'])
      expect(asciiMeasures(t, 60)).toBeNull();
  });

  it('BitSet holds what was added and nothing else', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 999 }), { maxLength: 50 }), (xs) => {
        const bits = new BitSet(1000);
        for (const x of xs) bits.add(x);
        const set = new Set(xs);
        for (let i = 0; i < 1000; i++) if (bits.has(i) !== set.has(i)) return false;
        return true;
      }),
      { numRuns: 200, seed: 20261129 },
    );
  });

  it('trimTokenEnd', () => {
    fc.assert(
      fc.property(anyText, (t) => trimTokenEnd(t) === t.replace(/[^\p{L}\p{N}'-]+$/u, '')),
      RUNS,
    );
  });

  it('countSpaces and lastSpace', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 5 }), (t, cap) => {
        const spaces = t.split(' ').length - 1;
        expect(countSpaces(t)).toBe(spaces);
        expect(countSpaces(t, cap)).toBe(Math.min(spaces, cap));
        const m = /\s(?!.*\s)/su.exec(t);
        expect(lastSpace(t)).toBe(m ? m.index : -1);
      }),
      RUNS,
    );
  });

  it('PrefixSet.atStart and mayOpen agree with a scan of every phrase', () => {
    const phrases = ['foto', 'photo by', 'crédit photo', 'фото', '记者', 'x', 'ας', 'i̇x', 'by', 'fé'];
    const set = new PrefixSet(phrases);
    // The longest phrase the line starts with, followed by a non-letter (CJK phrases: anything).
    const ref = (lower: string): string | null =>
      [...phrases]
        .sort((a, b) => b.length - a.length)
        .find(
          (p) => lower.startsWith(p) && (!/\p{L}|\p{N}/u.test(lower[p.length] ?? '') || /\p{Script=Han}/u.test(p)),
        ) ?? null;
    const line = fc
      .array(
        fc.constantFrom(
          'foto',
          'photo',
          'by',
          'crédit',
          'фото',
          '记者',
          '李明',
          'x',
          'xy',
          ':',
          ' ',
          'Foto',
          'ΑΣ',
          'Σ',
          'İ',
          'İx',
          'BY',
          'b',
          'F',
          'é',
          'ph',
        ),
        {
          maxLength: 5,
        },
      )
      .map((ws) => ws.join(''));
    fc.assert(
      fc.property(line, (t) => {
        expect(set.atStart(t)).toBe(ref(t));
        // mayOpen only rules lines out: never one whose lowercased opening atStart would match.
        if (set.atStart(set.head(t))) expect(set.mayOpen(t)).toBe(true);
      }),
      RUNS,
    );
  });

  it('PrefixSet.atEnd finds the longest phrase of the last one to four words', () => {
    const phrases = ['foto', 'photo by', 'zdjęcie', 'фото', 'crédito foto agência', 'a b c d', 'x'];
    const set = new PrefixSet(phrases);
    const all = new Set(phrases);
    const line = fc
      .array(fc.constantFrom('foto', 'Photo', 'by', 'Zdjęcie', 'ФОТО', 'crédito', 'a', 'b', 'c', 'd', 'x', 'Σ', 'İ'), {
        maxLength: 8,
      })
      .chain((ws) => fc.constantFrom(' ', '  ', '\u00a0', ' \t').map((sep) => ws.join(sep)));
    fc.assert(
      fc.property(line, (t) => set.atEnd(t) === refAtEnd(all, t.toLowerCase())),
      RUNS,
    );
  });

  // Lines of words in several scripts, with URLs, addresses and handles (whose letters are not
  // counted), µ (a letter of no script) and words without letters.
  const scriptLine = fc
    .array(
      fc.constantFrom(
        'Paris ',
        'été ',
        'Москва ',
        'https://x.ru/Путь ',
        'http://a.fr ',
        'a@b.de ',
        '@ник ',
        '@ab ',
        '東京',
        'かな',
        'ß',
        'µ',
        '1 ',
        '— ',
        ' ',
      ),
      { maxLength: 6 },
    )
    .map((ws) => ws.join(''));

  it('linesScriptCounts sums lines to the counts of their joined text, scripts in the same order', () => {
    fc.assert(
      fc.property(fc.array(scriptLine, { maxLength: 5 }), (lines) => {
        const memo = new Map();
        const expected = [...scriptCounts(lines.join('\n'))];
        expect([...linesScriptCounts(lines, memo)]).toEqual(expected);
        // Again from the memo: the tallies were not changed by summing them.
        expect([...linesScriptCounts(lines, memo)]).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('linesDominantScript is the dominant script of the joined text, with or without the memo', () => {
    // Latin-only lines take the shortcut; URLs, addresses, µ and other scripts the full count.
    fc.assert(
      fc.property(fc.array(scriptLine, { maxLength: 5 }), (lines) => {
        const memo = new Map();
        const expected = dominantScript(scriptCounts(lines.join('\n')));
        expect(linesDominantScript(lines, memo)).toBe(expected);
        expect(linesDominantScript(lines, memo)).toBe(expected);
        // …and from tallies the full count left (the article read again shares its page's memo).
        const counted = new Map();
        linesScriptCounts(lines, counted);
        expect(linesDominantScript(lines, counted)).toBe(expected);
      }),
      RUNS,
    );
  });
});
