import { isUtf8, transcode } from 'node:buffer';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

/** Counts of a UTF-8 scan: well-formed multibyte sequences and bytes that fit no sequence. */
export interface Utf8Scan {
  multibyte: number;
  invalid: number;
}

/**
 * Scans bytes as UTF-8 (WHATWG's rules: no overlongs, no surrogates, at most U+10FFFF), counting
 * good multibyte sequences and invalid bytes. Only run when a strict decode failed.
 */
export function scanUtf8(b: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    }
    if (need === 0) {
      invalid++;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const d = b[i + j];
      if (d === undefined || d < (j === 1 ? lo : 0x80) || d > (j === 1 ? hi : 0xbf)) break;
    }
    if (j > need) {
      multibyte++;
      i += need + 1;
    } else {
      // The lead and the good continuation bytes so far form one maximal subpart: one U+FFFD.
      invalid++;
      i += j;
    }
  }
  return { multibyte, invalid };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

// From this size, validating (simdutf) and then converting with ICU to UTF-16 beats V8's UTF-8
// decoder, which TextDecoder and Buffer#toString both end in: 495 → 379 µs on the corpus's 173 KB
// HTML pages, 12.6 → 8.4 µs on its 8 KB dumps. Below, the fixed cost of the two calls loses
// (a short string: 0.1 → 1.5 µs). Node built without ICU has no transcode.
const TRANSCODE_MIN_BYTES = 4096;
const canTranscode = typeof transcode === 'function';

/** The bytes as UTF-8, or null when they are not well-formed UTF-8. */
export function strictUtf8Decode(bytes: Uint8Array): string | null {
  if (canTranscode && bytes.byteLength >= TRANSCODE_MIN_BYTES) {
    if (!isUtf8(bytes)) return null;
    const text = transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
    // As TextDecoder, which drops a byte-order mark.
    return charCodeAt.call(text, 0) === 0xfeff ? text.slice(1) : text;
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}
