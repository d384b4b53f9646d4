import { closeSync, promises as fs, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { tooLarge } from '../decode/errors.js';
import { describeError, UserError } from './errors.js';

/** Reads a whole stream (stdin) into bytes, refusing (not buffering) more than maxBytes. */
export async function readStream(
  stream: NodeJS.ReadableStream,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.byteLength;
    if (size > maxBytes) throw tooLarge('standard input', maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** A file's bytes; a regular file over maxBytes is refused by its size, before reading it. */
export function readFileLimited(path: string, maxBytes = Number.POSITIVE_INFINITY): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isFile() && st.size > maxBytes) throw tooLarge(`${st.size} bytes`, maxBytes);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Reads a file or stdin, refusing more than maxBytes. */
export async function readInput(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  return path === '-' ? readStream(process.stdin, maxBytes) : readFileLimited(path, maxBytes);
}

/** The file-system calls writeAtomic makes; tests inject failing ones (a full disk). */
export type WriteOps = Pick<typeof fs, 'stat' | 'writeFile' | 'rename' | 'rm'>;

function writeFailure(path: string, err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return new UserError(`${path}: cannot write (permission denied)`);
  if (code === 'EROFS') return new UserError(`${path}: cannot write (read-only file system)`);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new UserError(`${path}: no space left on the device; nothing was written`);
  }
  return err;
}

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so that readers never
 * see half a file and a failed write (disk full) leaves nothing behind. A target that exists and
 * is not a regular file (/dev/stdout, a FIFO) is written to directly: renaming over it would
 * replace the device instead of writing to it.
 */
export async function writeAtomic(
  path: string,
  data: string,
  inputs: string[] = [],
  ops: WriteOps = fs,
): Promise<void> {
  const target = resolve(path);
  if (inputs.some((p) => p !== '-' && resolve(p) === target)) {
    throw new UserError(`${path}: refusing to overwrite an input file`);
  }
  const dir = dirname(target);
  try {
    const st = await ops.stat(dir);
    if (!st.isDirectory()) throw new UserError(`${path}: ${dir} is not a directory`);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${path}: output directory ${dir} does not exist`);
  }
  const existing = await ops.stat(target).catch(() => null);
  if (existing?.isDirectory()) throw new UserError(`${path}: is a directory`);
  if (existing && !existing.isFile()) {
    await ops.writeFile(target, data).catch((err: unknown) => {
      throw writeFailure(path, err);
    });
    return;
  }
  // Unique enough for concurrent writers in one folder, without loading node:crypto at start-up.
  const tmp = join(
    dir,
    `.${basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  try {
    await ops.writeFile(tmp, data);
    await ops.rename(tmp, target);
  } catch (err) {
    await ops.rm(tmp, { force: true });
    throw writeFailure(path, err);
  }
}

/** Standard output failed: a closed pipe ends the process quietly, anything else with one line. */
function stdoutFailed(err: NodeJS.ErrnoException): never {
  if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') process.exit(0);
  process.stderr.write(`clean-article: cannot write to standard output: ${describeError(err)}\n`);
  process.exit(1);
}

/** Writes to stdout, resolving once flushed. Stdout redirected to a file fails synchronously (disk full). */
export function writeStdout(data: string): Promise<void> {
  return new Promise((res) => {
    try {
      if (process.stdout.write(data)) res();
      else process.stdout.once('drain', res);
    } catch (err) {
      stdoutFailed(err as NodeJS.ErrnoException);
    }
  });
}

/** `head` closing our stdout is normal in a pipe: exit quietly instead of throwing EPIPE. */
export function quietOnClosedStdout(): void {
  process.stdout.on('error', stdoutFailed);
}
