// Writes dist/cli/bundle.cjs.cache: the V8 code cache of the bundled CLI after one run on a
// bundled example (so the functions a run compiles are in it), which bin/ hands to V8.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_CACHE, loadCli } from '../bin/cli-script.js';

const example = fileURLToPath(new URL('../fixtures/sputnik-afrique-fr.txt', import.meta.url));
const { main, script } = loadCli();
const dir = mkdtempSync(join(tmpdir(), 'clean-article-build-'));
try {
  const code = await main(['node', 'clean-article', '-o', join(dir, 'out.json'), example]);
  if (code !== 0) throw new Error(`the CLI exited with ${code} on ${example}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
writeFileSync(CODE_CACHE, script.createCachedData());
