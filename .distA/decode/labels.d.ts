type Iconv = {
    decode(bytes: Buffer, encoding: string): string;
    encodingExists(encoding: string): boolean;
};
/** iconv-lite, loaded on first use: valid UTF-8 (the common case) never needs it. */
export declare function iconvLite(): Iconv;
/**
 * The WHATWG name of an encoding label ("latin1" → "windows-1252", "GB2312" → "gbk"), or null
 * for a label no decoder here knows. Labels outside the WHATWG list that iconv-lite reads
 * (e.g. "cp437") are kept, lowercased.
 */
export declare function canonicalEncoding(label: string): string | null;
/**
 * Decodes bytes in a canonical encoding. Node's own TextDecoder is used for UTF-8/16 only: its
 * legacy decoders are not WHATWG's (windows-1252 0x80 is not "€"), so those go to iconv-lite.
 */
export declare function decodeWith(bytes: Uint8Array, encoding: string): string;
export {};
