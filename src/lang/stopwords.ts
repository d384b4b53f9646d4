import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataDir } from '../data/location.js';

// stopwords-iso: 58 languages in one 200 KB file. The build writes them already lowercased and
// deduplicated, with the common languages' word → language-mask map (STOPWORDS_CACHE), so that
// start-up only parses JSON and builds the sets a page asks for.

export const STOPWORDS_CACHE = 'stopwords.cache.json';

export interface StopwordCache {
  /** Languages in stopwords-iso's order (ties in the ranking keep it). */
  languages: string[];
  /** Per language: its unique lowercased stopwords joined by "\n", split only for a language in use. */
  lists: Record<string, string>;
  /** The word → bit mask map of `langs` (stopword-rank.ts), as mask → words. */
  masks: { langs: string[]; words: Record<string, string[]> };
}

let lists: Record<string, string> | undefined;
let languages: string[] | undefined;
let cachedMasks: StopwordCache['masks'] | undefined;
const sets = new Map<string, Set<string>>();

function load(): Record<string, string> {
  if (lists) return lists;
  try {
    const cache = JSON.parse(readFileSync(new URL(STOPWORDS_CACHE, dataDir()), 'utf8')) as StopwordCache;
    languages = cache.languages;
    cachedMasks = cache.masks;
    lists = cache.lists;
  } catch {
    // No cache (running from the sources): read the package itself.
    const all = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
    languages = Object.keys(all);
    lists = Object.fromEntries(
      languages.map((lang) => [lang, [...new Set((all[lang] ?? []).map((w) => w.toLowerCase()))].join('\n')]),
    );
  }
  return lists;
}

export function stopwordLanguages(): string[] {
  load();
  return languages ?? [];
}

/** The stopword set of a language (ISO 639-1), empty when the language has none. */
export function stopwords(lang: string): Set<string> {
  let set = sets.get(lang);
  if (!set) {
    const list = load()[lang];
    set = new Set(list ? list.split('\n') : []);
    sets.set(lang, set);
  }
  return set;
}

/** How many stopwords a language has, without building its set. */
export function stopwordCount(lang: string): number {
  const set = sets.get(lang);
  if (set) return set.size;
  const list = load()[lang];
  if (!list) return 0;
  let n = 1;
  for (let i = list.indexOf('\n'); i >= 0; i = list.indexOf('\n', i + 1)) n++;
  return n;
}

/** The cached word → language-mask map of `langs`, when the build wrote one for the same list. */
export function cachedLanguageMasks(langs: string[]): Map<string, number> | undefined {
  load();
  if (!cachedMasks || cachedMasks.langs.join() !== langs.join()) return undefined;
  const map = new Map<string, number>();
  for (const [mask, words] of Object.entries(cachedMasks.words)) {
    const m = Number(mask);
    for (let i = 0; i < words.length; i++) map.set(words[i] as string, m);
  }
  return map;
}

/** The cache the build writes (scripts/cache-stopwords.mjs). */
export function stopwordCache(masks: Map<string, number>, langs: string[]): StopwordCache {
  const byMask: Record<string, string[]> = {};
  for (const [w, m] of masks) {
    byMask[m] ??= [];
    byMask[m].push(w);
  }
  return {
    languages: stopwordLanguages(),
    lists: load(),
    masks: { langs, words: byMask },
  };
}
