import { BitSet } from './bit-set.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

// Most lines of a page are no UI label, yet each was looked up in maps of thousands of labels,
// and the lookup of a new string hashes it and misses the cache. A bit per (length, first two
// and last two characters) of the known keys rules most lines out first; the map still decides.

const BITS = 1 << 16;

/** The signature of text[from, to) (of a whole key: from 0 to its length). */
function signature(text: string, from: number, to: number): number {
  const n = to - from;
  const two = n > 1;
  const one = n > 0;
  const h =
    ((n * 31 + (one ? charCodeAt.call(text, from) : 0)) * 31 + (two ? charCodeAt.call(text, from + 1) : 0)) * 31 +
    (one ? charCodeAt.call(text, to - 1) : 0) +
    (two ? charCodeAt.call(text, to - 2) : 0) * 29791;
  // The top 16 bits of a Fibonacci hash: the characters' low bits alone cluster.
  return Math.imul(h, 0x9e3779b1) >>> 16;
}

type Keys<V> = ReadonlyMap<string, V> | ReadonlySet<string>;

/** A map or set of keys behind its filter. Take it once per page: the map may grow between pages. */
export class FilteredKeys<V = unknown> {
  constructor(
    private readonly keys: Keys<V>,
    /** null: no filter yet, every key may be there. */
    private readonly bits: BitSet | null,
    /** The collection's size when the bits were set. */
    readonly size: number,
  ) {}

  /** Whether the keys may hold `key`: false only when they do not. */
  mayHold(key: string): boolean {
    return this.bits === null || this.bits.has(signature(key, 0, key.length));
  }

  has(key: string): boolean {
    return this.mayHold(key) && this.keys.has(key);
  }

  /** has(text.slice(0, end)), cutting the prefix only when it may be there. */
  hasPrefix(text: string, end: number): boolean {
    return (this.bits === null || this.bits.has(signature(text, 0, end))) && this.keys.has(text.slice(0, end));
  }

  /** map.get(key) (undefined for a set). */
  get(key: string): V | undefined {
    return this.mayHold(key) && this.keys instanceof Map ? this.keys.get(key) : undefined;
  }
}

const filters = new WeakMap<Keys<unknown>, { uses: number; view: FilteredKeys<unknown> }>();
// Setting the bits costs a few milliseconds, more than one page's lookups save (the CLI's
// start-up on one page): the first views of a collection have no filter. A page takes up to
// three readings (article/reread.ts) and four views of the labels each.
const USES_BEFORE_FILTER = 16;

/** The filtered view of a map or set (rebuilt when its size changed): take it once per page. */
export function filtered<V>(keys: Keys<V>): FilteredKeys<V> {
  let f = filters.get(keys);
  if (!f || f.view.size !== keys.size) {
    f = { uses: 0, view: new FilteredKeys<unknown>(keys, null, keys.size) };
    filters.set(keys, f);
  }
  if (++f.uses === USES_BEFORE_FILTER) {
    const bits = new BitSet(BITS);
    for (const k of keys.keys()) bits.add(signature(k, 0, k.length));
    f.view = new FilteredKeys<unknown>(keys, bits, keys.size);
  }
  return f.view as FilteredKeys<V>;
}
