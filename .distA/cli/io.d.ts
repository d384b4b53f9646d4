import { promises as fs } from 'node:fs';
/** Reads a whole stream (stdin) into bytes, refusing (not buffering) more than maxBytes. */
export declare function readStream(stream: NodeJS.ReadableStream, maxBytes?: number): Promise<Uint8Array>;
/** Reads a file or stdin; a file over maxBytes is refused by its size, before reading it. */
export declare function readInput(path: string, maxBytes?: number): Promise<Uint8Array>;
/** The file-system calls writeAtomic makes; tests inject failing ones (a full disk). */
export type WriteOps = Pick<typeof fs, 'stat' | 'writeFile' | 'rename' | 'rm'>;
/**
 * Writes a file atomically: a temporary file beside it, then a rename, so that readers never
 * see half a file and a failed write (disk full) leaves nothing behind. A target that exists and
 * is not a regular file (/dev/stdout, a FIFO) is written to directly: renaming over it would
 * replace the device instead of writing to it.
 */
export declare function writeAtomic(path: string, data: string, inputs?: string[], ops?: WriteOps): Promise<void>;
/** Writes to stdout, resolving once flushed. Stdout redirected to a file fails synchronously (disk full). */
export declare function writeStdout(data: string): Promise<void>;
/** `head` closing our stdout is normal in a pipe: exit quietly instead of throwing EPIPE. */
export declare function quietOnClosedStdout(): void;
