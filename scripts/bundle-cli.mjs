// Bundles the CLI into dist/cli/bundle.cjs: one file to resolve and compile instead of ~40 small
// modules and commander's, which saves ~20 ms of every start-up. CommonJS so that bin/ can load
// it through a V8 code cache (bin/cli-script.js). franc-min, stopwords-iso, iconv-lite, chardet
// and cheerio stay external: they load data or are loaded only when needed. chalk is bundled:
// esbuild turns its import() (--explain only) into a lazy initialiser, as a script loaded from a
// code cache cannot import() (Node 20).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const outfile = new URL('../dist/cli/bundle.cjs', import.meta.url).pathname;
const external = ['franc-min', 'stopwords-iso', 'iconv-lite', 'chardet', 'cheerio'];

await build({
  entryPoints: [new URL('../src/cli/main.ts', import.meta.url).pathname],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external,
  // The sources locate their data, package.json and the batch worker from import.meta.url.
  define: { 'import.meta.url': '__bundle_url' },
  banner: { js: "const __bundle_url = require('node:url').pathToFileURL(__filename).href;" },
  // Less to scan at every start; names are kept for readable stack traces (--debug).
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

// bin/cli-script.js loads the bundle from a code cache, where import() cannot work on Node 20: a
// dynamic import of an external package would fail only when that code path runs.
if (/\bimport\(/.test(readFileSync(outfile, 'utf8'))) {
  throw new Error('dist/cli/bundle.cjs has a dynamic import(): bundle that package or load it with require()');
}

// The batch worker is bundled beside it (dist/cli/worker.js): src/batch/pool.ts starts
// './worker.js' relative to its own module, which is this folder once bundled. A worker is an
// ES module of its own, started once per thread, so no code cache is needed there.
await build({
  entryPoints: [new URL('../src/batch/worker.ts', import.meta.url).pathname],
  outfile: new URL('../dist/cli/worker.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: [...external, 'chalk'],
  // commander and other CommonJS code inside an ES module bundle need a real require.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
