import { gunzipSync } from 'node:zlib';
import { InputError, tooLarge } from './errors.js';

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

/** Unpacks gzip, refusing output above maxBytes instead of inflating a bomb into memory. */
export function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge('once unpacked', maxBytes);
    throw new InputError('corrupt', `gzip data is broken (${(err as Error).message})`);
  }
}
