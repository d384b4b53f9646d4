// Writes dist/data/stopwords.cache.json (language names, list sizes and the common languages'
// word → mask map) and dist/data/stopwords/<lang>.txt (each list lowercased and deduplicated,
// one word a line), so that the CLI's start-up reads only what a page uses instead of parsing
// stopwords-iso whole and building 26 sets and a 12,000-word map.
import { mkdirSync, writeFileSync } from 'node:fs';
import { COMMON_LANGUAGES, commonLanguageMasks } from '../dist/lang/stopword-rank.js';
import { STOPWORDS_CACHE, STOPWORDS_DIR, stopwordCache } from '../dist/lang/stopwords.js';

const data = new URL('../dist/data/', import.meta.url);
const { cache, lists } = stopwordCache(commonLanguageMasks(), COMMON_LANGUAGES);
writeFileSync(new URL(STOPWORDS_CACHE, data), JSON.stringify(cache));
mkdirSync(new URL(`${STOPWORDS_DIR}/`, data), { recursive: true });
for (const [lang, words] of Object.entries(lists)) {
  if (words.some((w) => w.includes('\n'))) throw new Error(`stopwords-iso ${lang}: a word with a line break`);
  if (words.length) writeFileSync(new URL(`${STOPWORDS_DIR}/${lang}.txt`, data), words.join('\n'));
}
