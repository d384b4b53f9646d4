import { isLatinWordChar, latinText } from './words.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

// Looking words of a line up in a stoplist without cutting the line into word strings: the
// regex match that builds them, and hashing each new string for Set.has, were a fifth of the
// text path's time. A word is a span of the line; its hash is computed while scanning it.

// Spreads the hash's bits before its top bits pick a slot: short words' hashes are small numbers.
const FIBONACCI = 0x9e3779b1;

const step = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** The hash WordTable.find expects for text[from, to). */
export function hashSpan(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = step(h, charCodeAt.call(text, i));
  return h;
}

const hashOf = (word: string): number => hashSpan(word, 0, word.length);

/** Whether text[from, from + w.length) is w: a loop beats a startsWith call on short words. */
function sameChars(text: string, from: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if (charCodeAt.call(text, from + k) !== charCodeAt.call(w, k)) return false;
  return true;
}

/** An open-addressing table of words, looked up by a span of a text and the span's hash. */
export class WordTable {
  private readonly words: string[];
  /** Per slot, the word's hash and its index + 1 (0: empty), side by side: one cache line. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)];
    let bits = 4;
    while (1 << bits < list.length * 2) bits++;
    const mask = (1 << bits) - 1;
    const shift = 32 - bits;
    const slots = new Int32Array(2 << bits);
    for (let i = 0; i < list.length; i++) {
      const h = hashOf(list[i] ?? '');
      let s = Math.imul(h, FIBONACCI) >>> shift;
      while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
      slots[2 * s] = h;
      slots[2 * s + 1] = i + 1;
    }
    this.words = list;
    this.slots = slots;
    this.mask = mask;
    this.shift = shift;
  }

  /** Index (in insertion order, duplicates dropped) of the word equal to text[from, to), or -1. */
  find(text: string, from: number, to: number, hash: number): number {
    const slots = this.slots;
    for (let s = Math.imul(hash, FIBONACCI) >>> this.shift; ; s = (s + 1) & this.mask) {
      const at = slots[2 * s + 1] ?? 0;
      if (at === 0) return -1;
      if (slots[2 * s] !== hash) continue;
      const w = this.words[at - 1] ?? '';
      if (w.length === to - from && sameChars(text, from, w)) return at - 1;
    }
  }

  /** How many words the table holds. */
  get size(): number {
    return this.words.length;
  }

  /** The words, in the order find() numbers them. */
  list(): readonly string[] {
    return this.words;
  }
}

const tables = new WeakMap<Set<string>, { uses: number; table: WordTable | null }>();
// The page's stoplist is asked for on every line: the last one answers without the WeakMap.
let lastSet: Set<string> | null = null;
let lastTable: WordTable | null = null;
// Building a stoplist's table costs more than one page's lookups save (the CLI's start-up on one
// page): it is built once the set has been asked for on this many lines.
const LINES_BEFORE_TABLE = 500;

/** The table of a stoplist once it repays building (null before), built once per set (again if it grew). */
export function tableOf(set: Set<string>): WordTable | null {
  if (set === lastSet && lastTable && lastTable.size === set.size) return lastTable;
  let t = tables.get(set);
  if (!t || (t.table && t.table.size !== set.size)) {
    t = { uses: 0, table: null };
    tables.set(set, t);
  }
  if (!t.table && ++t.uses >= LINES_BEFORE_TABLE) t.table = new WordTable(set);
  lastSet = set;
  lastTable = t.table;
  return t.table;
}

/**
 * Calls `visit(index)` for each of the first `max` words of a latinText() text (as words() cuts
 * them) with the table index of the word, or -1; returns how many words it visited.
 */
export function scanLatinWords(text: string, table: WordTable, max: number, visit: (index: number) => void): number {
  let n = 0;
  const len = text.length;
  for (let i = 0; i < len && n < max; ) {
    let c = charCodeAt.call(text, i);
    if (!isLatinWordChar(c)) {
      i++;
      continue;
    }
    const from = i;
    let h = step(0, c);
    for (i++; i < len; i++) {
      c = charCodeAt.call(text, i);
      if (!isLatinWordChar(c)) break;
      h = step(h, c);
    }
    n++;
    visit(table.find(text, from, i, h));
  }
  return n;
}

/**
 * Words of a lowercased text and how many of them are in `stop`: words(lower).length and its
 * stopword hits, or null when the text is not latinText() (words() needs Unicode classes there)
 * or the stoplist's table is not built yet.
 * `ascii`: the caller knows the text is ASCII, so the latinText() scan is skipped.
 */
export function countStopwords(
  lower: string,
  stop: Set<string>,
  ascii = false,
): { words: number; hits: number } | null {
  const table = tableOf(stop);
  if (!table || (!ascii && !latinText(lower))) return null;
  let hits = 0;
  const words = scanLatinWords(lower, table, Number.POSITIVE_INFINITY, (i) => {
    if (i >= 0) hits++;
  });
  return { words, hits };
}
