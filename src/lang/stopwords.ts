import { createRequire } from 'node:module';

// stopwords-iso: 58 languages in one 200 KB file, loaded on first use only.
let all: Record<string, string[]> | undefined;
const sets = new Map<string, Set<string>>();

function load(): Record<string, string[]> {
  all ??= createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
  return all;
}

export function stopwordLanguages(): string[] {
  return Object.keys(load());
}

/** The stopword set of a language (ISO 639-1), empty when the language has none. */
export function stopwords(lang: string): Set<string> {
  let set = sets.get(lang);
  if (!set) {
    set = new Set((load()[lang] ?? []).map((w) => w.toLowerCase()));
    sets.set(lang, set);
  }
  return set;
}
