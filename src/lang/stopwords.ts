import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataDir } from '../data/location.js';

// stopwords-iso: 58 languages in one 200 KB file. The build writes each language's list,
// lowercased and deduplicated, to its own file (STOPWORDS_DIR/<lang>.txt, one word a line), and
// the language names, list sizes and the common languages' word → language-mask map to
// STOPWORDS_CACHE: start-up reads only the lists a page uses.

export const STOPWORDS_CACHE = 'stopwords.cache.json';
export const STOPWORDS_DIR = 'stopwords';

export interface StopwordCache {
  /** Languages in stopwords-iso's order (ties in the ranking keep it). */
  languages: string[];
  /** Number of unique stopwords per language. */
  sizes: Record<string, number>;
  /** The word → bit mask map of `langs` (stopword-rank.ts), as mask → words. */
  masks: { langs: string[]; words: Record<string, string[]> };
}

let cache: StopwordCache | null | undefined;
let lists: Record<string, string[]> | undefined;
const sets = new Map<string, Set<string>>();

/** The build's cache, or null when running from the sources. */
function cached(): StopwordCache | null {
  if (cache === undefined) {
    try {
      cache = JSON.parse(readFileSync(new URL(STOPWORDS_CACHE, dataDir()), 'utf8')) as StopwordCache;
    } catch {
      cache = null;
    }
  }
  return cache;
}

/** stopwords-iso itself, lowercased and deduplicated (without a cache, and to build it). */
function packageLists(): Record<string, string[]> {
  if (!lists) {
    const all = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
    lists = Object.fromEntries(
      Object.keys(all).map((lang) => [lang, [...new Set((all[lang] ?? []).map((w) => w.toLowerCase()))]]),
    );
  }
  return lists;
}

export function stopwordLanguages(): string[] {
  return cached()?.languages ?? Object.keys(packageLists());
}

function list(lang: string): string[] {
  const c = cached();
  if (!c) return packageLists()[lang] ?? [];
  if (!c.sizes[lang]) return [];
  return readFileSync(new URL(`${STOPWORDS_DIR}/${lang}.txt`, dataDir()), 'utf8').split('\n');
}

/** The stopword set of a language (ISO 639-1), empty when the language has none. */
export function stopwords(lang: string): Set<string> {
  let set = sets.get(lang);
  if (!set) {
    set = new Set(list(lang));
    sets.set(lang, set);
  }
  return set;
}

/** How many stopwords a language has, without reading its list. */
export function stopwordCount(lang: string): number {
  return sets.get(lang)?.size ?? cached()?.sizes[lang] ?? stopwords(lang).size;
}

/** The cached word → language-mask map of `langs`, when the build wrote one for the same list. */
export function cachedLanguageMasks(langs: string[]): Map<string, number> | undefined {
  const masks = cached()?.masks;
  if (!masks || masks.langs.join() !== langs.join()) return undefined;
  const map = new Map<string, number>();
  for (const [mask, words] of Object.entries(masks.words)) {
    const m = Number(mask);
    for (let i = 0; i < words.length; i++) map.set(words[i] as string, m);
  }
  return map;
}

/** What the build writes (scripts/cache-stopwords.mjs): the cache, and each language's list. */
export function stopwordCache(
  masks: Map<string, number>,
  langs: string[],
): { cache: StopwordCache; lists: Record<string, string[]> } {
  const byMask: Record<string, string[]> = {};
  for (const [w, m] of masks) {
    byMask[m] ??= [];
    byMask[m].push(w);
  }
  const all = packageLists();
  return {
    cache: {
      languages: Object.keys(all),
      sizes: Object.fromEntries(Object.entries(all).map(([lang, ws]) => [lang, ws.length])),
      masks: { langs, words: byMask },
    },
    lists: all,
  };
}
