import type { DecodedDocument, DocumentType } from '../types.js';
export interface DecodeOptions {
    /** Force the path instead of sniffing the content. */
    type?: DocumentType | 'auto';
    /** An encoding label that overrides BOM, declaration and detection (an unknown label throws a RangeError). */
    encoding?: string;
    /** Inputs above this size (also once gunzipped) are refused; default 200 MB. */
    maxBytes?: number;
}
/** Stage 1: bytes (or an already decoded string) → normalised text, its type and encoding. */
export declare function decode(input: string | Uint8Array, options?: DecodeOptions): DecodedDocument;
