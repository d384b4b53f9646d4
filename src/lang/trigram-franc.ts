// franc-min's franc(text, { minLength, only }), answered from franc-min's own data and by its
// own arithmetic, without its per-call costs: franc-min cuts the text into one string per
// trigram, counts them in a plain object and looks each one up in every language's object (a
// text of 1,200 characters cost about a millisecond, and the garbage of it collections later;
// a few pages in a hundred need franc, yet it was a twentieth of the text path's time). Here a
// trigram is a number made of its three UTF-16 units, counted in a Map, and looked up once in
// one table per script that holds its rank in every language of that script.
// tests/unit/trigram-franc.test.ts checks the answers against franc-min's.

/** franc-min's data.js and expressions.js (bundled with it into dist/data/franc-min.cjs). */
export interface FrancData {
  /** Per script, per language (ISO 639-3), the language's trigrams joined by '|', most frequent first. */
  data: Record<string, Record<string, string>>;
  /** Per script (or single-language script's language), a global regex of its characters. */
  expressions: Record<string, RegExp>;
}

export interface FrancOptions {
  minLength: number;
  only?: string[] | undefined;
}

// franc-min's constants.
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;
const UND = 'und';

// franc-min's clean(): ASCII punctuation and digits (U+0021–U+0040) and runs of whitespace become
// one space, then trimmed and lowercased.
const PUNCTUATION = /[\u0021-\u0040]+/g;
const WHITESPACE = /\s+/g;

/** The languages of one script in franc-min's order, and each trigram's rank in each of them (-1: absent). */
interface ScriptTable {
  langs: string[];
  ranks: Map<number, Int16Array>;
}

/**
 * The trigram text[i, i + 3) as a number: its three units in 10 bits each while they are below
 * U+0400 (a small integer, which a Map hashes without allocating), else all 16 bits each above 2^48.
 */
function key(text: string, i: number): number {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  const c = text.charCodeAt(i + 2);
  if ((a | b | c) < 0x400) return (a << 20) | (b << 10) | c;
  return 2 ** 48 + a * 2 ** 32 + b * 2 ** 16 + c;
}

function scriptTable(models: Record<string, string>): ScriptTable {
  const langs = Object.keys(models);
  const ranks = new Map<number, Int16Array>();
  langs.forEach((lang, l) => {
    const trigrams = (models[lang] ?? '').split('|');
    // franc-min keeps a trigram's first rank when a model lists it twice.
    for (let rank = trigrams.length - 1; rank >= 0; rank--) {
      const t = trigrams[rank] ?? '';
      // franc-min's models hold three-unit trigrams only; another length would match no input trigram.
      if (t.length !== 3) continue;
      const k = key(t, 0);
      let row = ranks.get(k);
      if (!row) {
        row = new Int16Array(langs.length).fill(-1);
        ranks.set(k, row);
      }
      row[l] = rank;
    }
  });
  return { langs, ranks };
}

/** The script whose expression matches the most characters, as franc-min's getTopScript picks it. */
function topScript(value: string, expressions: Record<string, RegExp>): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const expression = expressions[script];
    if (!expression) continue;
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** Each trigram of ' ' + clean(value) + ' ' (as keys) and how often it occurs. */
function trigramCounts(value: string): Map<number, number> {
  const cleaned = ` ${value.replace(PUNCTUATION, ' ').replace(WHITESPACE, ' ').trim().toLowerCase()} `;
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const k = key(cleaned, i);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** A franc function over franc-min's data: the same answers as franc-min's franc for `minLength` and `only`. */
export function trigramFranc(src: FrancData): (text: string, options: FrancOptions) => string {
  const tables = new Map<string, ScriptTable>();
  const tableOf = (script: string): ScriptTable => {
    let t = tables.get(script);
    if (!t) {
      t = scriptTable(src.data[script] ?? {});
      tables.set(script, t);
    }
    return t;
  };
  return (text, { minLength, only = [] }) => {
    if (!text || text.length < minLength) return UND;
    const value = text.slice(0, MAX_LENGTH);
    const allowed = (lang: string) => only.length === 0 || only.includes(lang);
    const [script, count] = topScript(value, src.expressions);
    if (script === undefined || !Object.hasOwn(src.data, script)) {
      // A script of one language: that language, when allowed.
      return script === undefined || count === 0 || !allowed(script) ? UND : script;
    }
    const { langs, ranks } = tableOf(script);
    // The allowed languages' columns, in franc-min's order of its data.
    const use: number[] = [];
    langs.forEach((lang, l) => {
      if (allowed(lang)) use.push(l);
    });
    if (use.length === 0) return UND;
    // Distances: per trigram of the text, how far its count stands from its rank in the
    // language's model (franc-min's quirk, kept), or MAX_DIFFERENCE when the model lacks it. A
    // trigram no model of the script has adds that to every language alike: it is left out.
    const distance = new Float64Array(use.length);
    for (const [k, n] of trigramCounts(value)) {
      const row = ranks.get(k);
      if (!row) continue;
      for (let u = 0; u < use.length; u++) {
        const rank = row[use[u] ?? 0] ?? -1;
        distance[u] = (distance[u] ?? 0) + (rank < 0 ? MAX_DIFFERENCE : Math.abs(n - rank - 1));
      }
    }
    // The nearest language; franc-min's stable sort keeps the first of equals in its data's order.
    let best = 0;
    for (let u = 1; u < use.length; u++) if ((distance[u] ?? 0) < (distance[best] ?? 0)) best = u;
    return langs[use[best] ?? -1] ?? UND;
  };
}
