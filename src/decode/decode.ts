import type { DecodedDocument, DocumentType } from '../types.js';
import { binaryKind, bomlessUtf16 } from './binary.js';
import { detectEncoding } from './detect.js';
import { DEFAULT_MAX_BYTES, InputError, tooLarge } from './errors.js';
import { gunzip, isGzip } from './gzip.js';
import { canonicalEncoding, decodeWith } from './labels.js';
import { repairMojibake } from './mojibake.js';
import { normalizeText } from './normalize.js';
import { declaredEncoding } from './prescan.js';
import { looksLikeHtml } from './sniff-type.js';
import { scanUtf8, strictUtf8Decode } from './utf8.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

export interface DecodeOptions {
  /** Force the path instead of sniffing the content. */
  type?: DocumentType | 'auto';
  /** An encoding label that overrides BOM, declaration and detection (an unknown label throws a RangeError). */
  encoding?: string;
  /** Inputs above this size (also once gunzipped) are refused; default 200 MB. */
  maxBytes?: number;
}

function bomOf(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

interface Reading {
  text: string;
  encoding: string;
  notes: string[];
}

/** Encodings in which an ASCII-only page does not read as ASCII. */
const NOT_ASCII_COMPATIBLE = new Set(['iso-2022-jp', 'utf-16le', 'utf-16be']);

/** No BOM, no override: valid UTF-8 wins (crawlers keep stale declarations), then the declaration, then detection. */
function readUnlabelled(bytes: Uint8Array, html: boolean): Reading {
  const text = strictUtf8Decode(bytes);
  const declared = html ? declaredEncoding(bytes) : null;
  if (text !== null) {
    // One UTF-16 unit per byte: the bytes are plain ASCII, and any ASCII-compatible declaration is as good.
    const ascii = text.length === bytes.byteLength;
    if (ascii && declared && declared !== 'utf-8') {
      return NOT_ASCII_COMPATIBLE.has(declared)
        ? { text: decodeWith(bytes, declared), encoding: declared, notes: [] }
        : { text, encoding: declared, notes: [] };
    }
    // ISO-2022-JP (old Japanese mail and pages) is 7-bit: ASCII with ESC $ B … ESC ( B shifts.
    if (ascii && !declared && /\x1b\$[@B]/.test(text)) {
      return {
        text: decodeWith(bytes, 'iso-2022-jp'),
        encoding: 'iso-2022-jp',
        notes: ['encoding detected as iso-2022-jp'],
      };
    }
    const notes =
      !ascii && declared && declared !== 'utf-8' ? [`declared ${declared}, but the bytes are valid UTF-8`] : [];
    return { text, encoding: 'utf-8', notes };
  }
  const scan = scanUtf8(bytes);
  // A declared UTF-8 page keeps UTF-8 for a few bad bytes; undeclared text needs overwhelming
  // evidence, since CJK legacy encodings contain chance UTF-8 sequences.
  const mostlyUtf8 = declared === 'utf-8' ? scan.multibyte >= scan.invalid : scan.multibyte >= 8 * scan.invalid;
  if (mostlyUtf8 && (declared === null || declared === 'utf-8')) {
    const note = `${scan.invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD`;
    return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8', notes: [note] };
  }
  if (declared && declared !== 'utf-8') return { text: decodeWith(bytes, declared), encoding: declared, notes: [] };
  const detected = detectEncoding(bytes);
  const encoding = detected ?? 'windows-1252';
  const notes = [detected ? `encoding detected as ${detected}` : 'encoding unknown: read as windows-1252'];
  if (declared === 'utf-8') notes.unshift('declared utf-8, but most non-ASCII bytes are not UTF-8');
  return { text: decodeWith(bytes, encoding), encoding, notes };
}

/**
 * Text decoded from UTF-8 holds mojibake's leads (Ã…ô, Р, С: see mojibake.ts) only where its bytes
 * hold C3 or D0. Buffer's byte search rules most pages out some twenty times faster than the
 * repair's scan of their text (measured on the corpus's HTML: two pages in three).
 */
function mayHoldMojibake(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return b.includes(0xc3) || b.includes(0xd0);
}

function resolveType(option: DecodeOptions['type'], head: string): DocumentType {
  if (option === 'html' || option === 'text') return option;
  return looksLikeHtml(head) ? 'html' : 'text';
}

/**
 * Mojibake repair, then normalisation: the repair needs the C1 controls and soft hyphens
 * normalising drops. `decoded`: the text came out of a decoder, so it has no lone surrogates.
 */
function finish(
  text: string,
  type: DocumentType,
  encoding: string,
  bytes: number,
  notes: string[],
  decoded: boolean,
  suspect = true,
): DecodedDocument {
  const repair = suspect ? repairMojibake(text) : { text, misreadAs: null, sequences: 0 };
  // HTML is normalised where its text ends up (each block and declaration, in blocks/html/):
  // running the replacements over the whole markup costs more than its visible text is worth.
  const text2 =
    type === 'html' ? (decoded ? repair.text : repair.text.toWellFormed()) : normalizeText(repair.text, decoded);
  const doc: DecodedDocument = { text: text2, type, encoding, bytes, notes };
  if (repair.misreadAs) {
    doc.repaired = repair.misreadAs;
    notes.push(`repaired ${repair.sequences} character(s) of UTF-8 misread as ${repair.misreadAs}`);
  }
  return doc;
}

function decodeString(input: string, options: DecodeOptions, maxBytes: number): DecodedDocument {
  // Byte length only when the string could be near the limit (UTF-8 is at most 3 bytes per unit).
  const size = input.length * 3 > maxBytes ? Buffer.byteLength(input) : 0;
  if (size > maxBytes) throw tooLarge(`${size} bytes`, maxBytes);
  const text = charCodeAt.call(input, 0) === 0xfeff ? input.slice(1) : input;
  return finish(text, resolveType(options.type, text), 'utf-8', size || Buffer.byteLength(input), [], false);
}

/** Stage 1: bytes (or an already decoded string) → normalised text, its type and encoding. */
export function decode(input: string | Uint8Array, options: DecodeOptions = {}): DecodedDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof input === 'string') return decodeString(input, options, maxBytes);
  if (input.byteLength > maxBytes) throw tooLarge(`${input.byteLength} bytes`, maxBytes);
  const notes: string[] = [];
  let bytes = input;
  const gzipped = isGzip(bytes);
  if (gzipped) {
    bytes = gunzip(bytes, maxBytes);
    notes.push('gzip unpacked');
  }
  const override = options.encoding ? canonicalEncoding(options.encoding) : null;
  if (options.encoding && !override) throw new RangeError(`unknown encoding: ${options.encoding}`);
  let bom = bomOf(bytes);
  // UTF-16/32 text is full of zero bytes: the binary test is for everything else.
  const wide = (bom !== null && bom.encoding !== 'utf-8') || /^utf-(16|32)/.test(override ?? '');
  const binary = wide ? null : binaryKind(bytes);
  if (binary) {
    const what = gzipped ? `gzip-compressed ${binary}` : binary;
    throw new InputError('binary', `not a text or HTML page (looks like ${what})`);
  }
  if (!bom && !override) {
    const utf16 = bomlessUtf16(bytes);
    if (utf16) {
      bom = { encoding: utf16, length: 0 };
      notes.push(`${utf16} without a byte-order mark`);
    }
  }
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const head =
    bom && bom.encoding !== 'utf-8'
      ? decodeWith(body.subarray(0, 2048), bom.encoding)
      : Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 1024)).toString('latin1');
  const type = resolveType(options.type, head);
  let reading: Reading;
  if (override)
    reading = { text: decodeWith(bom?.encoding === override ? body : bytes, override), encoding: override, notes: [] };
  else if (bom) reading = { text: decodeWith(body, bom.encoding), encoding: bom.encoding, notes: [] };
  else reading = readUnlabelled(body, type === 'html');
  notes.push(...reading.notes);
  const suspect = reading.encoding !== 'utf-8' || mayHoldMojibake(bytes);
  return finish(reading.text, type, reading.encoding, input.byteLength, notes, true, suspect);
}
