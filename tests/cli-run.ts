// Running the built executable in tests (npm test builds first, via pretest).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const bin = join(root, 'bin/clean-article.js');
export const seed = join(root, 'fixtures/sputnik-afrique-fr.txt');

export function run(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...options.env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'clean-article-'));
}
