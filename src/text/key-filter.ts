// Most lines of a page are no UI label, yet each was looked up in maps of thousands of labels,
// and the lookup of a new string hashes it and misses the cache. A bit per (length, first and
// last character) of the known keys rules most lines out first; the map still decides.

const BITS = 1 << 16;

const signature = (key: string): number =>
  ((key.length & 63) << 10) | ((key.charCodeAt(0) & 31) << 5) | (key.charCodeAt(key.length - 1) & 31);

interface Filter {
  bits: Uint8Array;
  /** The collection's size when the bits were set: a changed size rebuilds them. */
  size: number;
}

const filters = new WeakMap<ReadonlyMap<string, unknown> | ReadonlySet<string>, Filter>();

function filterOf(keys: ReadonlyMap<string, unknown> | ReadonlySet<string>): Filter {
  let f = filters.get(keys);
  if (!f || f.size !== keys.size) {
    const bits = new Uint8Array(BITS);
    for (const k of keys.keys()) bits[signature(k)] = 1;
    f = { bits, size: keys.size };
    filters.set(keys, f);
  }
  return f;
}

/** Whether `keys` may hold `key`: false only when it does not. */
export function mayHold(keys: ReadonlyMap<string, unknown> | ReadonlySet<string>, key: string): boolean {
  return filterOf(keys).bits[signature(key)] === 1;
}

/** map.get(key), ruling most absent keys out without hashing them. */
export function lookup<V>(map: ReadonlyMap<string, V>, key: string): V | undefined {
  return mayHold(map, key) ? map.get(key) : undefined;
}

/** set.has(key), ruling most absent keys out without hashing them. */
export function holds(set: ReadonlySet<string>, key: string): boolean {
  return mayHold(set, key) && set.has(key);
}
