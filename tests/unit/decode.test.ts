import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../src/blocks/from-text.js';
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
  it('makes one block per non-empty line, with 1-based line numbers and gaps', () => {
    const blocks = blocksFromText('Title\n\nFirst line\nSecond  line\n   \nThird');
    expect(blocks.map((b) => [b.line, b.text, b.gapBefore])).toEqual([
      [1, 'Title', true],
      [3, 'First line', true],
      [4, 'Second line', false],
      [6, 'Third', true],
    ]);
  });
});
