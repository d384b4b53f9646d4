import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { tooLarge } from '../decode/errors.js';
import { UserError } from './errors.js';

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

/** Reads a file or stdin; a file over maxBytes is refused by its size, before reading it. */
export async function readInput(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  if (path === '-') return readStream(process.stdin, maxBytes);
  const handle = await fs.open(path, 'r');
  try {
    const st = await handle.stat();
    if (st.isFile() && st.size > maxBytes) throw tooLarge(`${st.size} bytes`, maxBytes);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so that readers never
 * see half a file and a failed write (disk full) leaves nothing behind.
 */
export async function writeAtomic(path: string, data: string, inputs: string[] = []): Promise<void> {
  const target = resolve(path);
  if (inputs.some((p) => p !== '-' && resolve(p) === target)) {
    throw new UserError(`${path}: refusing to overwrite an input file`);
  }
  const dir = dirname(target);
  try {
    const st = await fs.stat(dir);
    if (!st.isDirectory()) throw new UserError(`${path}: ${dir} is not a directory`);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${path}: output directory ${dir} does not exist`);
  }
  // Unique enough for concurrent writers in one folder, without loading node:crypto at start-up.
  const tmp = join(
    dir,
    `.${basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new UserError(`${path}: cannot write (permission denied)`);
    if (code === 'ENOSPC') throw new UserError(`${path}: no space left on the device; nothing was written`);
    throw err;
  }
}

/** Writes to stdout, resolving once flushed; a closed pipe (EPIPE) ends the process quietly. */
export function writeStdout(data: string): Promise<void> {
  return new Promise((res) => {
    if (process.stdout.write(data)) res();
    else process.stdout.once('drain', res);
  });
}

/** `head` closing our stdout is normal in a pipe: exit quietly instead of throwing EPIPE. */
export function quietOnClosedStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') process.exit(0);
    throw err;
  });
}
