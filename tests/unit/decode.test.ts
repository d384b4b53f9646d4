import { describe, expect, it } from 'vitest';
import { blocksFromText, wrapWidth } from '../../src/blocks/from-text.js';
import { decode } from '../../src/decode/decode.js';
import { collapseSpaces, normalizeText } from '../../src/decode/normalize.js';

describe('decode', () => {
  it('reads UTF-8 and strips its BOM', () => {
    const doc = decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9]));
    expect(doc.text).toBe('hé');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.bytes).toBe(6);
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00])).text).toBe('hé');
    const be = decode(new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9]));
    expect(be.text).toBe('hé');
    expect(be.encoding).toBe('utf-16be');
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', () => {
    const doc = decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]));
    expect(doc.text).toBe('café €');
    expect(doc.encoding).toBe('windows-1252');
  });

  it('counts bytes of a string input as UTF-8', () => {
    expect(decode('é').bytes).toBe(2);
  });
});

describe('normalizeText', () => {
  it('turns CRLF and CR into LF', () => {
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('removes NUL, control and zero-width characters but keeps ZWNJ', () => {
    expect(normalizeText('a\u0000b\u200Bc\u0007d\u200Ce')).toBe('abcd\u200Ce');
  });

  it('replaces lone surrogates', () => {
    expect(normalizeText('a\uD800b')).toBe('a\uFFFDb');
  });

  it('collapses every kind of Unicode space', () => {
    expect(collapseSpaces('\u00A0a\u2009\u3000b\t c ')).toBe('a b c');
  });
});

describe('blocksFromText', () => {
  it('treats a lone quote marker or empty list item as a blank line', () => {
    const blocks = blocksFromText('> First quoted\n> \n> Second quoted\n * \n * Item');
    expect(blocks.map((b) => [b.text, b.gapBefore])).toEqual([
      ['> First quoted', true],
      ['> Second quoted', true],
      ['* Item', true],
    ]);
  });

  it('makes one block per non-empty line, with 1-based line numbers and gaps', () => {
    const blocks = blocksFromText('Title\n\nFirst line\nSecond  line\n   \nThird');
    expect(blocks.map((b) => [b.line, b.text, b.gapBefore])).toEqual([
      [1, 'Title', true],
      [3, 'First line', true],
      [4, 'Second line', false],
      [6, 'Third', true],
    ]);
  });

  it('folds every kind of space run and trims, whichever the line holds', () => {
    const blocks = blocksFromText(' lead\ntrail \n in  both \n\tTab\u00a0and nbsp\u3000\nplain one');
    expect(blocks.map((b) => b.text)).toEqual(['lead', 'trail', 'in both', 'Tab and nbsp', 'plain one']);
  });
});

describe('hard-wrapped text', () => {
  const wrapped = [
    'Moscou est pret a mettre en place un etat-major reunissant la France, les',
    'Etats-Unis et meme la Turquie afin de combattre conjointement le groupe, a',
    'declare mercredi l ambassadeur de Russie a Paris, sur une radio francaise.',
    '',
    'Selon lui, il s agit d une coalition qui pourrait revetir differentes formes',
    'de cooperation. La premiere, c est la coordination, et c est tout-a-fait',
    'necessaire, mais nous sommes prets a aller au-dela pour planifier ensemble',
    'des frappes sur les positions de Daech et constituer pour cela un etat-major',
    'commun avec la France.',
    '',
    '- un point de liste qui reste seul sur sa ligne',
  ];

  it('detects the wrap width of a lynx-style dump, and none for a browser dump', () => {
    expect(wrapWidth(wrapped)).toBeGreaterThanOrEqual(70);
    expect(
      wrapWidth([
        'Home',
        'World',
        'A whole paragraph on one line, as a browser saves it. '.repeat(5),
        'Menu',
        'Sport',
        'News',
        'Live',
        'More',
      ]),
    ).toBeNull();
  });

  it('joins the lines of a wrapped paragraph into one block, keeping list items apart', () => {
    const blocks = blocksFromText(wrapped.join('\n'));
    expect(blocks.map((b) => b.line)).toEqual([1, 5, 11]);
    expect(blocks[0]?.text).toBe(wrapped.slice(0, 3).join(' '));
    expect(blocks[1]?.text.endsWith('commun avec la France.')).toBe(true);
  });

  it('joins a line ending in a hyphen without a space', () => {
    const lines = [
      `${'x'.repeat(60)} a well-`,
      'known pattern that goes on for a while so that the page looks wrapped to us',
      ...Array.from({ length: 8 }, () => 'filler line that is about as long as the others are in this text'),
    ];
    expect(blocksFromText(lines.join('\n'))[0]?.text).toContain('a well-known pattern');
  });
});
