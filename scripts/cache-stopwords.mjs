// Writes dist/data/stopwords.cache.json: stopwords-iso's lists lowercased and deduplicated, one
// string per language, and the common languages' word → mask map, so that the CLI's start-up
// parses a few strings instead of building 26 sets and a 12,000-word map.
import { writeFileSync } from 'node:fs';
import { COMMON_LANGUAGES, commonLanguageMasks } from '../dist/lang/stopword-rank.js';
import { STOPWORDS_CACHE, stopwordCache } from '../dist/lang/stopwords.js';

writeFileSync(
  new URL(`../dist/data/${STOPWORDS_CACHE}`, import.meta.url),
  JSON.stringify(stopwordCache(commonLanguageMasks(), COMMON_LANGUAGES)),
);
