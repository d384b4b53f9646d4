import { promises as fs, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/cli/errors.js';
import { type WriteOps, writeAtomic } from '../../src/cli/io.js';

const dir = () => mkdtempSync(join(tmpdir(), 'clean-article-io-'));
const errno = (code: string) => Object.assign(new Error(code), { code });

describe('writeAtomic', () => {
  it('a disk that fills up mid-write leaves neither the file nor a temporary file', async () => {
    const d = dir();
    const target = join(d, 'out.json');
    // Writes half of the data to the temporary file, then fails as a full disk does.
    const full: WriteOps = {
      ...fs,
      writeFile: (async (path: string, data: string) => {
        await fs.writeFile(path, data.slice(0, data.length / 2));
        throw errno('ENOSPC');
      }) as WriteOps['writeFile'],
    };
    await expect(writeAtomic(target, 'x'.repeat(10_000), [], full)).rejects.toThrow(
      new UserError(`${target}: no space left on the device; nothing was written`),
    );
    expect(readdirSync(d)).toEqual([]);
  });

  it('a failed write keeps the previous file whole', async () => {
    const d = dir();
    const target = join(d, 'out.json');
    await writeAtomic(target, 'old content');
    const failing: WriteOps = { ...fs, rename: (async () => Promise.reject(errno('EIO'))) as WriteOps['rename'] };
    await expect(writeAtomic(target, 'new content', [], failing)).rejects.toThrow('EIO');
    expect(readFileSync(target, 'utf8')).toBe('old content');
    expect(readdirSync(d)).toEqual(['out.json']);
  });

  it('says read-only file system and permission denied in one line', async () => {
    const d = dir();
    const cases: [string, string][] = [
      ['EROFS', 'read-only file system'],
      ['EACCES', 'permission denied'],
    ];
    for (const [code, what] of cases) {
      const ops: WriteOps = { ...fs, writeFile: (async () => Promise.reject(errno(code))) as WriteOps['writeFile'] };
      await expect(writeAtomic(join(d, 'a.json'), 'x', [], ops)).rejects.toThrow(`cannot write (${what})`);
    }
  });

  it('refuses a directory as target and a missing folder', async () => {
    const d = dir();
    await expect(writeAtomic(d, 'x')).rejects.toThrow(`${d}: is a directory`);
    await expect(writeAtomic(join(d, 'no/such/out.json'), 'x')).rejects.toThrow('does not exist');
  });

  it('writes into an existing device or FIFO instead of renaming over it', async () => {
    const calls: string[] = [];
    const device: WriteOps = {
      ...fs,
      stat: (async (p: string) =>
        p === '/dev/stdout' ? { isDirectory: () => false, isFile: () => false } : fs.stat(p)) as WriteOps['stat'],
      writeFile: (async (p: string) => {
        calls.push(`write ${p}`);
      }) as WriteOps['writeFile'],
      rename: (async (a: string, b: string) => {
        calls.push(`rename ${a} ${b}`);
      }) as WriteOps['rename'],
    };
    await writeAtomic('/dev/stdout', 'x', [], device);
    expect(calls).toEqual(['write /dev/stdout']);
  });
});
