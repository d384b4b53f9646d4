/** ISO 639-1 where one exists, else the 639-3 code itself; "und" stays "und". */
export declare function toIso1(code3: string): string;
/** Accepts a 639-1 or 639-3 code (any case, region subtags ignored) and returns 639-3. */
export declare function toIso3(code: string): string;
