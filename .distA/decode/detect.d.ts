/**
 * Guesses the legacy encoding of bytes that are not valid UTF-8 (chardet: ICU's detector, byte
 * n-gram statistics per language). Returns a WHATWG name, or null when nothing fits.
 */
export declare function detectEncoding(bytes: Uint8Array): string | null;
