/**
 * The encoding an HTML page declares in its head, as a WHATWG name, or null.
 * A declared UTF-16 is read as UTF-8 (the spec's rule: a page whose bytes reached an ASCII
 * prescan is not UTF-16). An XML declaration counts when there is no <meta>.
 */
export declare function declaredEncoding(bytes: Uint8Array): string | null;
