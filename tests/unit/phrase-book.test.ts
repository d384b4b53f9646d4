import { describe, expect, it } from 'vitest';
import { bundledBook, deserializeBook, serializeBook } from '../../src/data/phrase-book.js';
import { PrefixSet } from '../../src/text/prefixes.js';

describe('phrase book', () => {
  it('survives the build-time cache round trip unchanged', () => {
    const book = bundledBook(false);
    expect(deserializeBook(JSON.parse(JSON.stringify(serializeBook(book))))).toEqual(book);
  });

  it('normalises phrases the way lines are matched', () => {
    const book = bundledBook(false);
    expect(book.lines.get("s'abonner")).toBe('subscribe');
    expect(book.endMarkers.has('ilginizi çekebilir')).toBe(true);
  });
});

describe('PrefixSet', () => {
  const set = new PrefixSet(['photo', 'crédit photo', 'foto', '记者']);
  it('finds the longest prefix at a word boundary', () => {
    expect(set.atStart('crédit photo : afp')).toBe('crédit photo');
    expect(set.atStart('photo: reuters')).toBe('photo');
    expect(set.atStart('photographer jane')).toBeNull();
    expect(set.atStart('记者 李明 摄')).toBe('记者');
  });

  it('finds a phrase made of the last words', () => {
    expect(set.atEnd('le pont, crédit photo')).toBe('crédit photo');
    expect(set.atEnd('nothing here')).toBeNull();
  });
});
