import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describeError } from '../cli/errors.js';

export interface WalkFilter {
  /** Files to take (by path below the root and name); folders are pruned by `excludeDir`. */
  file(rel: string, name: string): boolean;
  excludeDir(rel: string, name: string): boolean;
  /** Folders never entered (dev:ino), such as the output folder inside an input folder. */
  skipDirs: ReadonlySet<string>;
  /** Called for skipped folders (directory loops), for --verbose. */
  onSkip?(path: string, why: string): void;
}

export type WalkEntry = { path: string; rel: string; error?: undefined } | { path: string; rel: string; error: string };

const idOf = (st: { dev: number; ino: number }) => `${st.dev}:${st.ino}`;

function linkError(err: unknown): string {
  // A link whose target is missing: the plain words for ENOENT would say "no such file".
  return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'broken symbolic link' : describeError(err);
}

/**
 * Files below a folder, depth first in name order. Only one folder's listing is held at a time
 * per level, never the whole tree. Hidden entries are skipped; a folder that is its own
 * ancestor (a symlink loop) is not entered twice; a link that cannot resolve is reported.
 */
export async function* walk(root: string, filter: WalkFilter): AsyncGenerator<WalkEntry> {
  const st = await fs.stat(root);
  yield* walkDir(root, '', [idOf(st)], filter);
}

async function* walkDir(dir: string, rel: string, ancestors: string[], filter: WalkFilter): AsyncGenerator<WalkEntry> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield {
      path: dir,
      rel,
      error: describeError(err),
    };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue;
    const path = join(dir, ent.name);
    const r = rel ? `${rel}/${ent.name}` : ent.name;
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        const target = await fs.stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        if (filter.file(r, ent.name)) yield { path, rel: r, error: linkError(err) };
        continue;
      }
    }
    if (isDir) {
      if (filter.excludeDir(r, ent.name)) continue;
      let id: string;
      try {
        id = idOf(await fs.stat(path));
      } catch (err) {
        yield { path, rel: r, error: describeError(err) };
        continue;
      }
      if (ancestors.includes(id)) {
        filter.onSkip?.(path, 'symbolic link loop (a folder inside itself)');
        continue;
      }
      if (filter.skipDirs.has(id)) {
        filter.onSkip?.(path, 'the output folder');
        continue;
      }
      yield* walkDir(path, r, [...ancestors, id], filter);
    } else if (isFile && filter.file(r, ent.name)) yield { path, rel: r };
  }
}

export { idOf as fileId };
