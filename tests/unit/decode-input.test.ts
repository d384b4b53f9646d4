import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/decode.js';
import { InputError } from '../../src/decode/errors.js';
import { declaredEncoding } from '../../src/decode/prescan.js';
import { looksLikeHtml } from '../../src/decode/sniff-type.js';
import { cleanArticle } from '../../src/index.js';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body><p>${body}</p></body></html>`;
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('gzip input', () => {
  it('is unpacked transparently, by its magic bytes', () => {
    const doc = decode(gzipSync(Buffer.from('Première ligne\nSeconde ligne')));
    expect(doc.text).toBe('Première ligne\nSeconde ligne');
    expect(doc.notes).toContain('gzip unpacked');
  });

  it('is refused when it unpacks beyond maxBytes, and when it is broken', () => {
    const bomb = gzipSync(Buffer.alloc(1_000_000, 0x61));
    expect(() => decode(bomb, { maxBytes: 100_000 })).toThrow(InputError);
    expect(() => decode(bomb, { maxBytes: 100_000 })).toThrow(/larger than the limit of 100000 bytes/);
    const broken = bomb.subarray(0, 40);
    expect(() => decode(broken)).toThrow(/gzip data is broken/);
  });
});

describe('maxBytes', () => {
  it('refuses larger byte and string inputs with a too-large InputError', () => {
    const err = (() => {
      try {
        decode(new Uint8Array(11), { maxBytes: 10 });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).kind).toBe('too-large');
    expect(() => decode('ééééé é', { maxBytes: 10 })).toThrow(InputError);
    expect(decode('abc', { maxBytes: 10 }).text).toBe('abc');
  });
});

describe('content sniffing', () => {
  it('takes pages and fragments for HTML', () => {
    expect(looksLikeHtml('<!doctype html><title>x</title>')).toBe(true);
    expect(looksLikeHtml('<!-- saved --> \n<HTML lang="en">')).toBe(true);
    expect(looksLikeHtml('<style>\nbody { color: red }\n</style>')).toBe(true);
    expect(looksLikeHtml('<div class="a">\n<p>One</p>\n<p>Two</p>\n</div>')).toBe(true);
  });

  it('takes prose, and a dump that opens with one stray tag line, for text', () => {
    expect(looksLikeHtml('Title\n\nA paragraph about a < b and c > d.')).toBe(false);
    const dump = `<div><img src="pixel.gif" alt="" /></div>\n${'Home\nNews\nSport\nA long line of text here\n'.repeat(10)}`;
    expect(looksLikeHtml(dump)).toBe(false);
  });

  it('sets the type, and --type overrides it', () => {
    expect(decode(Buffer.from(page('', 'Hi'))).type).toBe('html');
    expect(decode('plain words').type).toBe('text');
    expect(decode(Buffer.from(page('', 'Hi')), { type: 'text' }).type).toBe('text');
    expect(decode('plain words', { type: 'html' }).type).toBe('html');
    expect(cleanArticle(page('', 'Hi')).source.type).toBe('html');
  });
});

describe('declared charset (prescan)', () => {
  it('reads <meta charset>, http-equiv and labels as WHATWG names', () => {
    expect(declaredEncoding(latin1('<meta charset="ISO-8859-1">'))).toBe('windows-1252');
    expect(declaredEncoding(latin1(`<meta http-equiv='Content-Type' content="text/html; charset=gb2312">`))).toBe(
      'gbk',
    );
    expect(declaredEncoding(latin1('<meta content="text/html; charset=koi8-r" http-equiv="content-type">'))).toBe(
      'koi8-r',
    );
    expect(declaredEncoding(latin1('<meta charset="utf-16">'))).toBe('utf-8');
    expect(declaredEncoding(latin1('<?xml version="1.0" encoding="ISO-8859-2"?><html>'))).toBe('iso-8859-2');
  });

  it('skips comments and script attributes, reads past the first KB of the head, stops at <body>', () => {
    expect(declaredEncoding(latin1('<!-- <meta charset="koi8-r"> --><meta charset="big5">'))).toBe('big5');
    const scripts = '<script src="a.js" charset="utf-8"></script>'.repeat(40);
    expect(declaredEncoding(latin1(`<head>${scripts}<meta charset="iso-8859-2">`))).toBe('iso-8859-2');
    expect(declaredEncoding(latin1('<head></head><body><meta charset="koi8-r">'))).toBeNull();
    expect(declaredEncoding(latin1('<meta charset="no-such-thing">'))).toBeNull();
  });

  it('decodes a legacy page in its declared encoding', () => {
    const html = page('<meta charset="windows-1252">', 'Café – “déjà vu” €5');
    const doc = decode(iconv.encode(html, 'windows-1252'));
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.text).toContain('Café – “déjà vu” €5');
    const pl = page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">', 'Żółć gęślą jaźń');
    const plDoc = decode(iconv.encode(pl, 'iso-8859-2'));
    expect(plDoc.encoding).toBe('iso-8859-2');
    expect(plDoc.text).toContain('Żółć gęślą jaźń');
  });

  it('prefers valid UTF-8 with multibyte text over a wrong legacy declaration, and says so', () => {
    const doc = decode(Buffer.from(page('<meta charset="gb2312">', '中文页面，实际上是 UTF-8')));
    expect(doc.encoding).toBe('utf-8');
    expect(doc.text).toContain('中文页面，实际上是 UTF-8');
    expect(doc.notes).toContain('declared gbk, but the bytes are valid UTF-8');
  });

  it('reports the declared encoding of a pure-ASCII page', () => {
    expect(decode(Buffer.from(page('<meta charset="iso-8859-1">', 'Plain'))).encoding).toBe('windows-1252');
  });

  it('keeps a UTF-8 page with a few bad bytes in UTF-8, replacing them', () => {
    const bytes = Buffer.concat([
      Buffer.from(page('<meta charset="utf-8">', 'Ça coûte très cher à Zürich')),
      Buffer.from([0x20, 0xe9, 0x20]),
    ]);
    const doc = decode(bytes);
    expect(doc.encoding).toBe('utf-8');
    expect(doc.text).toContain('Ça coûte très cher à Zürich');
    expect(doc.text).toContain('\uFFFD');
    expect(doc.notes).toContain('1 invalid UTF-8 byte sequence(s) replaced with U+FFFD');
  });

  it('does not read a legacy page declared UTF-8 as UTF-8 when nearly nothing is UTF-8', () => {
    const html = page(
      '<meta charset="utf-8">',
      'Le président a déclaré à la télévision française que ça coûtera très cher.',
    );
    const doc = decode(iconv.encode(html, 'windows-1252'));
    expect(doc.encoding).not.toBe('utf-8');
    expect(doc.text).toContain('Le président a déclaré');
  });

  it('lets an encoding override win over BOM-less detection and declarations', () => {
    const bytes = iconv.encode('Привет, мир', 'koi8-r');
    const doc = decode(bytes, { encoding: 'KOI8-R' });
    expect(doc.encoding).toBe('koi8-r');
    expect(doc.text).toBe('Привет, мир');
    expect(() => decode(bytes, { encoding: 'no-such-thing' })).toThrow(RangeError);
  });
});
