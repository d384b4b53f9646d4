// How the corpus's title references treat a site's name after the headline. For every page of the
// readability and trafilatura sets: does the reference equal the declared title as written
// (og:title, else <title>), or the headline clean-article gives? And, on the pages whose declared
// title is that headline plus a suffix ("Headline | Site"), does the reference keep the suffix?
//   npx tsx bench/title-conventions.ts [--corpus DIR]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanArticle } from '../src/index.js';
import { pageBlocks } from '../src/pipeline.js';
import { DEFAULT_CORPUS } from './corpus.js';
import { normSpace, type TruthRecord } from './metrics.js';
import { runMain } from './run-quality.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
  const corpus = values.corpus ?? DEFAULT_CORPUS;
  for (const name of ['readability', 'trafilatura']) {
    const truth = JSON.parse(readFileSync(join(corpus, name, 'truth.json'), 'utf8')) as Record<string, TruthRecord>;
    let titles = 0;
    let asWritten = 0;
    let ours = 0;
    let keeps = 0;
    let drops = 0;
    for (const rec of Object.values(truth)) {
      if (typeof rec.title !== 'string' || !rec.title.trim() || !rec.file) continue;
      titles++;
      const bytes = readFileSync(join(corpus, name, 'html', rec.file));
      const headline = normSpace(cleanArticle(bytes, { type: 'html' }).title ?? '');
      const declared = pageBlocks(bytes, { type: 'html' }).html?.declared;
      if (!declared) continue;
      const written = normSpace(declared.title ?? declared.documentTitle ?? '');
      const want = normSpace(rec.title);
      if (want === written) asWritten++;
      if (want === headline) ours++;
      // The declared title is the headline and something after it.
      if (headline && written.length > headline.length && written.startsWith(headline)) {
        if (want === written) keeps++;
        else if (want === headline) drops++;
      }
    }
    console.log(
      `${name}: ${titles} reference titles; equal to the declared title as written: ${asWritten}; ` +
        `to clean-article's headline: ${ours}; where the declared title is the headline plus a suffix, ` +
        `the reference keeps the suffix on ${keeps} pages and drops it on ${drops}`,
    );
    // Whatever else a rule gets right, one that drops such suffixes misses every page whose
    // reference keeps it, and one that keeps them misses every page whose reference drops it.
    const pct = (n: number) => `${((100 * n) / titles).toFixed(1)}%`;
    console.log(
      `  best possible exact-match rate: ${pct(titles - keeps)} for a rule that drops the suffix, ` +
        `${pct(titles - drops)} for one that keeps it`,
    );
  }
  return 0;
}

runMain('title-conventions', main);
