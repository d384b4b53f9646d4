/**
 * `build(key)` computed once per key object (a phrase list, a phrase book) and kept as long as the
 * key lives: the lookups built from the bundled data are asked for on every line.
 */
export function memoByIdentity<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}
