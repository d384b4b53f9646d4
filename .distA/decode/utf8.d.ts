/** Counts of a UTF-8 scan: well-formed multibyte sequences and bytes that fit no sequence. */
export interface Utf8Scan {
    multibyte: number;
    invalid: number;
}
/**
 * Scans bytes as UTF-8 (WHATWG's rules: no overlongs, no surrogates, at most U+10FFFF), counting
 * good multibyte sequences and invalid bytes. Only run when a strict decode failed.
 */
export declare function scanUtf8(b: Uint8Array): Utf8Scan;
