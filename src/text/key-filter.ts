// Most lines of a page are no UI label, yet each was looked up in maps of thousands of labels,
// and the lookup of a new string hashes it and misses the cache. A bit per (length, first and
// last character) of the known keys rules most lines out first; the map still decides.

const BITS = 1 << 16;

const signature = (key: string): number =>
  ((key.length & 63) << 10) | ((key.charCodeAt(0) & 31) << 5) | (key.charCodeAt(key.length - 1) & 31);

type Keys<V> = ReadonlyMap<string, V> | ReadonlySet<string>;

/** A map or set of keys behind its filter. Take it once per page: the map may grow between pages. */
export class FilteredKeys<V = unknown> {
  constructor(
    private readonly keys: Keys<V>,
    private readonly bits: Uint8Array,
    /** The collection's size when the bits were set. */
    readonly size: number,
  ) {}

  /** Whether the keys may hold `key`: false only when they do not. */
  mayHold(key: string): boolean {
    return this.bits[signature(key)] === 1;
  }

  has(key: string): boolean {
    return this.bits[signature(key)] === 1 && this.keys.has(key);
  }

  /** map.get(key) (undefined for a set). */
  get(key: string): V | undefined {
    return this.bits[signature(key)] === 1 && this.keys instanceof Map ? this.keys.get(key) : undefined;
  }
}

const filters = new WeakMap<Keys<unknown>, FilteredKeys<unknown>>();

/** The filtered view of a map or set, rebuilt when its size changed. */
export function filtered<V>(keys: Keys<V>): FilteredKeys<V> {
  let f = filters.get(keys) as FilteredKeys<V> | undefined;
  if (!f || f.size !== keys.size) {
    const bits = new Uint8Array(BITS);
    for (const k of keys.keys()) bits[signature(k)] = 1;
    f = new FilteredKeys(keys, bits, keys.size);
    filters.set(keys, f);
  }
  return f;
}
