import { describe, expect, it } from 'vitest';
import { strictUtf8Decode } from '../../src/decode/utf8.js';

const reference = (b: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return null;
  }
};

// Long inputs take another decoder (ICU) than short ones: both must read as TextDecoder does.
const LONG = 'Ünïcödé – “quotes” — 日本語 🙂 Привет. '.repeat(300);

describe('strictUtf8Decode', () => {
  it.each([
    ['short', 'café – “x” 🙂'],
    ['long', LONG],
    ['long, ASCII only', 'plain text. '.repeat(1000)],
  ])('reads well-formed UTF-8 (%s) as TextDecoder does', (_, text) => {
    const bytes = new TextEncoder().encode(text);
    expect(strictUtf8Decode(bytes)).toBe(text);
  });

  it('drops a byte-order mark, short or long', () => {
    for (const text of ['abc', LONG]) {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
      expect(strictUtf8Decode(bytes)).toBe(text);
    }
  });

  it('returns null for ill-formed UTF-8, short or long, wherever the bad bytes are', () => {
    const good = new TextEncoder().encode(LONG);
    for (const bad of [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80]]) {
      for (const at of [0, 5000, good.length]) {
        const bytes = new Uint8Array([...good.subarray(0, at), ...bad, ...good.subarray(at)]);
        expect(reference(bytes)).toBeNull();
        expect(strictUtf8Decode(bytes)).toBeNull();
      }
      expect(strictUtf8Decode(new Uint8Array(bad))).toBeNull();
    }
  });
});
