/**
 * A set of integers in [0, size), one bit each. The lookup filters (key-filter.ts, the phrase
 * index, PrefixSet's openings) are asked once per line and rule; as bytes they took 64 KB each and
 * missed the cache on most pages' first lookups, as bits they take 8 KB.
 */
export class BitSet {
  private readonly words: Uint32Array;

  constructor(size: number) {
    this.words = new Uint32Array((size + 31) >>> 5);
  }

  add(i: number): void {
    this.words[i >>> 5] = (this.words[i >>> 5] ?? 0) | (1 << (i & 31));
  }

  has(i: number): boolean {
    return (((this.words[i >>> 5] ?? 0) >>> (i & 31)) & 1) === 1;
  }
}
