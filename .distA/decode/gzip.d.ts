export declare function isGzip(bytes: Uint8Array): boolean;
/** Unpacks gzip, refusing output above maxBytes instead of inflating a bomb into memory. */
export declare function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array;
