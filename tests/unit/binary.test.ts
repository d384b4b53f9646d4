import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { binaryKind, bomlessUtf16 } from '../../src/decode/binary.js';
import { decode } from '../../src/decode/decode.js';
import { InputError } from '../../src/decode/errors.js';

const bytes = (latin1: string, junk = 64) =>
  new Uint8Array(
    Buffer.concat([Buffer.from(latin1, 'latin1'), Buffer.from(Array.from({ length: junk }, (_, i) => i))]),
  );

function refusal(input: Uint8Array): InputError {
  try {
    decode(input);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('binary input', () => {
  const formats: [string, string][] = [
    ['\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR', 'PNG'],
    ['\xff\xd8\xff\xe0\x00\x10JFIF', 'JPEG'],
    ['GIF89a\x01\x00\x01\x00', 'GIF'],
    ['%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'PDF'],
    ['PK\x03\x04\x14\x00\x00\x00', 'ZIP'],
    ['\x7fELF\x02\x01\x01\x00', 'ELF executable'],
    ['MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'Windows executable'],
    ['RIFF\x24\x00\x00\x00WEBPVP8 ', 'WebP'],
    ['\x00\x00\x00\x20ftypisom', 'MP4 video'],
    ['SQLite format 3\x00', 'SQLite database'],
  ];
  for (const [magic, name] of formats) {
    it(`refuses ${name} by its magic number`, () => {
      const err = refusal(bytes(magic));
      expect(err.kind).toBe('binary');
      expect(err.message).toBe(`not a text or HTML page (looks like ${name})`);
    });
  }

  it('says when gzip holds something that is not text', () => {
    expect(refusal(gzipSync(bytes('\x89PNG\r\n\x1a\n'))).message).toBe(
      'not a text or HTML page (looks like gzip-compressed PNG)',
    );
    const tar = new Uint8Array(1024);
    tar.set(Buffer.from('page.txt'), 0);
    tar.set(Buffer.from('ustar\x0000', 'latin1'), 257);
    expect(refusal(gzipSync(tar)).message).toBe('not a text or HTML page (looks like gzip-compressed tar)');
  });

  it('refuses unknown formats full of control bytes', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(binaryKind(random)).toBe('binary data');
  });

  it('does not take text that starts like a printable magic number for a file of that format', () => {
    for (const text of [
      'ID3 tags hold the title of a song.',
      'MZ stands for Mark Zbikowski.',
      'RIFF is a container.',
      'BZh',
    ]) {
      expect(binaryKind(new Uint8Array(Buffer.from(text)))).toBeNull();
    }
    expect(binaryKind(new Uint8Array(Buffer.from(`Convert WEBP and ftyp boxes${'.'.repeat(300)}ustar`)))).toBeNull();
  });

  it('reads text with a few NUL and control bytes, and a file of zero bytes as empty', () => {
    const text = Buffer.from('First line of text\x00\nSecond line\x07 of text\n'.repeat(20));
    expect(binaryKind(new Uint8Array(text))).toBeNull();
    expect(decode(new Uint8Array(text)).text.split('\n')[0]).toBe('First line of text');
    const zeros = decode(new Uint8Array(10_000));
    expect(zeros.text).toBe('');
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it('is recognised by its zero bytes, both byte orders', () => {
    const text = 'Plain English text, saved as UTF-16 by an old Windows tool.\r\nSecond line.';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = new Uint8Array(Buffer.from(text, 'utf16le').swap16());
    expect(bomlessUtf16(le)).toBe('utf-16le');
    expect(bomlessUtf16(be)).toBe('utf-16be');
    const doc = decode(be);
    expect(doc).toMatchObject({ encoding: 'utf-16be', text: text.replace('\r\n', '\n') });
    expect(doc.notes).toContain('utf-16be without a byte-order mark');
    expect(decode(le).encoding).toBe('utf-16le');
  });
});
