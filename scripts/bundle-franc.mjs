// Bundles franc-min's data (its languages' trigrams and its script expressions, which
// src/lang/trigram-franc.ts reads as franc-min does) into dist/data/franc-min.cjs: one CommonJS
// file that src/lang/detect.ts require()s only when a page needs it (most are settled by their
// stopwords), synchronously and on any Node 20 (franc-min is an ES module, which require() loads
// only from Node 20.19).
import { build } from 'esbuild';
import { FRANC_BUNDLE } from '../dist/lang/detect.js';

await build({
  stdin: {
    contents: "export { data } from 'franc-min/data.js';\nexport { expressions } from 'franc-min/expressions.js';\n",
    resolveDir: new URL('..', import.meta.url).pathname,
    sourcefile: 'franc-data.mjs',
  },
  outfile: new URL(`../dist/data/${FRANC_BUNDLE}`, import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
});
