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

/** The bytes as UTF-8, or null when they are not well-formed UTF-8. */
export function strictUtf8Decode(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}
