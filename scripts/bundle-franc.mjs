// Bundles franc-min into dist/data/franc-min.cjs: one CommonJS file that src/lang/detect.ts
// require()s only when a page needs it (most are settled by their stopwords), synchronously and
// on any Node 20 (franc-min itself is an ES module, which require() loads only from Node 20.19).
import { build } from 'esbuild';
import { FRANC_BUNDLE } from '../dist/lang/detect.js';

await build({
  entryPoints: ['franc-min'],
  outfile: new URL(`../dist/data/${FRANC_BUNDLE}`, import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
});
