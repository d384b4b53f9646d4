// Files that are not pages at all: recognised by their magic numbers, or by control bytes no
// text has. Checked on the first bytes only, so the cost does not grow with the file.

interface Signature {
  name: string;
  magic: string;
  offset?: number;
  /** Magic made of printable characters that a text could start with: needs binary bytes too. */
  printable?: boolean;
  /** A RIFF container: "RIFF" first, then this form type at offset 8. */
  riff?: boolean;
}

// Magic numbers as Latin-1 strings (one character per byte).
const SIGNATURES: Signature[] = [
  { name: 'PNG', magic: '\x89PNG\r\n\x1a\n' },
  { name: 'JPEG', magic: '\xff\xd8\xff' },
  { name: 'GIF', magic: 'GIF87a' },
  { name: 'GIF', magic: 'GIF89a' },
  { name: 'TIFF', magic: 'II*\x00' },
  { name: 'TIFF', magic: 'MM\x00*' },
  { name: 'ICO', magic: '\x00\x00\x01\x00' },
  { name: 'PDF', magic: '%PDF-' },
  { name: 'ZIP', magic: 'PK\x03\x04' },
  { name: 'ZIP', magic: 'PK\x05\x06' },
  { name: '7-Zip', magic: '7z\xbc\xaf\x27\x1c' },
  { name: 'RAR', magic: 'Rar!\x1a\x07' },
  { name: 'xz', magic: '\xfd7zXZ\x00' },
  { name: 'zstd', magic: '\x28\xb5\x2f\xfd' },
  { name: 'bzip2', magic: 'BZh', printable: true },
  { name: 'tar', magic: 'ustar', offset: 257, printable: true },
  { name: 'ar archive', magic: '!<arch>\n' },
  { name: 'ELF executable', magic: '\x7fELF' },
  { name: 'Windows executable', magic: 'MZ', printable: true },
  { name: 'Mach-O executable', magic: '\xcf\xfa\xed\xfe' },
  { name: 'Mach-O executable', magic: '\xce\xfa\xed\xfe' },
  { name: 'Java class', magic: '\xca\xfe\xba\xbe' },
  { name: 'WebAssembly', magic: '\x00asm' },
  { name: 'SQLite database', magic: 'SQLite format 3\x00' },
  { name: 'MS Office document', magic: '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' },
  { name: 'MP4 video', magic: 'ftyp', offset: 4, printable: true },
  { name: 'Matroska/WebM video', magic: '\x1a\x45\xdf\xa3' },
  { name: 'WebP', magic: 'WEBP', offset: 8, riff: true },
  { name: 'WAV audio', magic: 'WAVE', offset: 8, riff: true },
  { name: 'AVI video', magic: 'AVI ', offset: 8, riff: true },
  { name: 'MP3', magic: 'ID3\x02' },
  { name: 'MP3', magic: 'ID3\x03' },
  { name: 'MP3', magic: 'ID3\x04' },
  { name: 'Ogg', magic: 'OggS\x00' },
  { name: 'FLAC', magic: 'fLaC', printable: true },
  { name: 'WOFF font', magic: 'wOFF', printable: true },
  { name: 'WOFF2 font', magic: 'wOF2', printable: true },
  { name: 'Photoshop image', magic: '8BPS\x00' },
];

const SAMPLE = 4096;

/** Control bytes that text never holds (tab, LF, FF, CR and ESC, used by ISO-2022, excepted). */
function isControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b;
}

// What isControl() accepts, and the zero byte.
const CONTROL_BYTE = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/;

/**
 * Binary files measured here (fonts, object files, .mo, .pyc, pickles, databases) have over 10%
 * zero bytes or over 5% other control bytes in their first 4 KB; text with stray NULs or
 * controls (a line-end NUL, a bell) has a few percent at most.
 */
function controlHeavy(sample: Uint8Array): boolean {
  // Text has no control byte at all, and a native scan of the sample says so several times
  // faster than the count below (which only such a sample can make true).
  if (!CONTROL_BYTE.test(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).toString('latin1')))
    return false;
  let zeros = 0;
  let controls = 0;
  let content = 0;
  // Indexed: a for-of over a typed array goes through its iterator, several times slower here.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b === 0) zeros++;
    else if (isControl(b)) controls++;
    else if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) content++;
  }
  // Nothing but zero bytes and whitespace is an empty page, not a binary file.
  if (content === 0 && controls === 0) return false;
  return zeros > sample.length * 0.1 || (controls >= 8 && controls > sample.length * 0.05);
}

/**
 * Which UTF-16 a BOM-less sample is in, from its zero bytes: ASCII-range text in UTF-16 has a zero
 * in every other byte, on the high side.
 */
export function bomlessUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(sample.length, SAMPLE) & ~1;
  // No zero byte, no UTF-16 (most inputs): a native search instead of the count.
  if (n < 8 || sample.subarray(0, n).indexOf(0) < 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  const order =
    oddZero >= pairs * 0.4 && evenZero <= pairs * 0.05
      ? 0
      : evenZero >= pairs * 0.4 && oddZero <= pairs * 0.05
        ? 1
        : -1;
  if (order < 0) return null;
  // The low bytes of text are characters, not control bytes as in binary records.
  let controls = 0;
  for (let i = order; i < n; i += 2) if (isControl(sample[i] as number)) controls++;
  if (controls > pairs * 0.05) return null;
  return order === 0 ? 'utf-16le' : 'utf-16be';
}

/**
 * What a byte string is, if it is not text: a format's name, "binary data" for control bytes no
 * text has, or null for text.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 300)).toString('latin1');
  const sample = bytes.subarray(0, SAMPLE);
  let heavy: boolean | undefined;
  const looksBinary = () => {
    heavy ??= controlHeavy(sample);
    return heavy;
  };
  for (const s of SIGNATURES) {
    if (!head.startsWith(s.magic, s.offset ?? 0) || (s.riff && !head.startsWith('RIFF'))) continue;
    if (s.printable && !looksBinary()) continue;
    return s.name;
  }
  if (bomlessUtf16(sample)) return null;
  return looksBinary() ? 'binary data' : null;
}
