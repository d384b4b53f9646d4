// Loads the bundled CLI (dist/cli/bundle.cjs, scripts/bundle-cli.mjs) with the V8 code cache the
// build writes beside it (scripts/cache-cli-code.mjs): V8 then skips parsing and compiling the
// bundle's functions, about a tenth of the start-up. A cache from another Node or V8 version is
// rejected by V8 and the bundle compiles as usual.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const BUNDLE = fileURLToPath(new URL('../dist/cli/bundle.cjs', import.meta.url));
export const CODE_CACHE = `${BUNDLE}.cache`;

/** The CLI's main() and the compiled script (whose code cache the build writes). */
export function loadCli() {
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    // No cache (not built yet, or removed): compile as usual.
  }
  // The CommonJS wrapper, on the bundle's first line so that line numbers stay right.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(BUNDLE, 'utf8')}\n})`;
  const script = new vm.Script(source, {
    filename: BUNDLE,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { main: module.exports.main, script };
}
