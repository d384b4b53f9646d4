// HTML or plain text, from the content, not the file name.
const SNIFF_CHARS = 1024;
// A page's own opening: a doctype, or <html>/<head>/<body> in the first KB (after comments or an
// XML declaration), which a text dump practically never has.
const HTML_OPENING = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html|<(?:html|head|body)[\s>]/i;
// A page saved without its frame that opens with what only a <head> holds.
const HEAD_ELEMENT_OPENING = /^\s*<(?:style|script|meta|link|title|base)[\s>/]/i;
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;
/**
 * True when the first KB looks like an HTML page or fragment: a page's opening, or tags on most
 * lines. Text dumps may start with a stray tag or two (a <noscript> pixel) followed by lines of
 * plain text, so one tag line does not make a page.
 */
export function looksLikeHtml(text) {
    const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
    if (HTML_OPENING.test(head) || HEAD_ELEMENT_OPENING.test(head))
        return true;
    if (!head.includes('<'))
        return false;
    let lines = 0;
    let tagLines = 0;
    let tags = 0;
    for (const line of head.split('\n')) {
        if (line.trim() === '')
            continue;
        lines++;
        const n = line.split(TAG).length - 1;
        if (n > 0)
            tagLines++;
        tags += n;
    }
    return tags >= 3 && tagLines * 2 >= lines;
}
