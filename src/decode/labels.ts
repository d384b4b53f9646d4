import { createRequire } from 'node:module';

type Iconv = {
  decode(bytes: Buffer, encoding: string): string;
  encodingExists(encoding: string): boolean;
};
let iconv: Iconv | undefined;

/** iconv-lite, loaded on first use: valid UTF-8 (the common case) never needs it. */
export function iconvLite(): Iconv {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconv;
}

/**
 * The WHATWG name of an encoding label ("latin1" → "windows-1252", "GB2312" → "gbk"), or null
 * for a label no decoder here knows. Labels outside the WHATWG list that iconv-lite reads
 * (e.g. "cp437") are kept, lowercased.
 */
export function canonicalEncoding(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (!l) return null;
  try {
    const name = new TextDecoder(l).encoding;
    // WHATWG's "replacement" decoder (for iso-2022-kr, hz-gb-2312…) outputs one U+FFFD: useless here.
    return name === 'replacement' ? null : name;
  } catch {
    return iconvLite().encodingExists(l) ? l : null;
  }
}

// WHATWG names whose iconv-lite name differs. WHATWG's gbk decoder is the GB18030 one.
const ICONV_NAMES: Record<string, string> = {
  gbk: 'gb18030',
  'iso-8859-8-i': 'iso-8859-8',
  'x-mac-cyrillic': 'maccyrillic',
  macintosh: 'macroman',
  'x-user-defined': 'windows-1252',
};

/**
 * Decodes bytes in a canonical encoding. Node's own TextDecoder is used for UTF-8/16 only: its
 * legacy decoders are not WHATWG's (windows-1252 0x80 is not "€"), so those go to iconv-lite.
 */
export function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    return new TextDecoder(encoding).decode(bytes);
  }
  const name = ICONV_NAMES[encoding] ?? encoding;
  const lib = iconvLite();
  if (lib.encodingExists(name)) {
    const text = lib.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
    // iconv-lite turns a GB18030 four-byte sequence past U+10FFFF into lone surrogates (found by
    // the fuzz campaign, seed 6337); WHATWG's decoder gives U+FFFD, as toWellFormed does.
    return text.isWellFormed() ? text : text.toWellFormed();
  }
  return new TextDecoder(encoding).decode(bytes);
}
