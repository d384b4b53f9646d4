import { createRequire } from 'node:module';
import type { DecodedDocument } from '../types.js';
import { normalizeText } from './normalize.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Picks the encoding from a byte-order mark, else UTF-8 when the bytes are valid UTF-8. */
function sniffEncoding(bytes: Uint8Array): { encoding: string; bomLength: number } {
  if (startsWith(bytes, UTF8_BOM)) return { encoding: 'utf-8', bomLength: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', bomLength: 2 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    // Not valid UTF-8: most such scrapes are legacy Western pages.
    return { encoding: 'windows-1252', bomLength: 0 };
  }
}

type Iconv = { decode(bytes: Buffer, encoding: string): string };
let iconv: Iconv | undefined;

/** Node's TextDecoder reads windows-1252 as Latin-1 (0x80 is not €), so legacy bytes go to iconv-lite, loaded on first use. */
function decodeBytes(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8' || encoding.startsWith('utf-16')) return new TextDecoder(encoding).decode(bytes);
  iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** Stage 1: bytes (or an already decoded string) → normalised text. */
export function decode(input: string | Uint8Array): DecodedDocument {
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    return { text: normalizeText(text), encoding: 'utf-8', bytes: Buffer.byteLength(input), notes: [] };
  }
  const { encoding, bomLength } = sniffEncoding(input);
  const text = decodeBytes(input.subarray(bomLength), encoding);
  return { text: normalizeText(text), encoding, bytes: input.byteLength, notes: [] };
}
