/**
 * Which UTF-16 a BOM-less sample is in, from its zero bytes: ASCII-range text in UTF-16 has a zero
 * in every other byte, on the high side.
 */
export declare function bomlessUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null;
/**
 * What a byte string is, if it is not text: a format's name, "binary data" for control bytes no
 * text has, or null for text.
 */
export declare function binaryKind(bytes: Uint8Array): string | null;
