/**
 * True when the first KB looks like an HTML page or fragment: a page's opening, or tags on most
 * lines. Text dumps may start with a stray tag or two (a <noscript> pixel) followed by lines of
 * plain text, so one tag line does not make a page.
 */
export declare function looksLikeHtml(text: string): boolean;
