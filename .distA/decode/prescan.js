import { canonicalEncoding } from './labels.js';
// WHATWG "prescan a byte stream to determine its encoding" (read as Latin-1 so that each byte is
// one character). Comments are skipped; the first <meta> with a charset, or an
// http-equiv="content-type" whose content names one, decides. The spec stops after 1024 bytes;
// like Chromium we read on through the <head> (pages put scripts before their <meta charset>),
// stopping at <body> or 64 KB.
const PRESCAN_BYTES = 64 * 1024;
const TAG = /<!--[\s\S]*?(?:-->|$)|<meta[\s/]([^>]*)>?|<\/?[a-z][^>]*>?|<[!/?][^>]*>?/gi;
// name = "value" | 'value' | value, as the spec's "get an attribute" reads them.
const ATTRIBUTE = /([^\s/>=][^\s/>=]*)\s*(?:=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?/g;
const CHARSET_IN_CONTENT = /charset\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s;"']+))/i;
function metaCharset(attributes) {
    let httpEquiv = false;
    let content = null;
    let charset = null;
    for (const m of attributes.matchAll(ATTRIBUTE)) {
        const name = (m[1] ?? '').toLowerCase();
        const value = m[2] ?? m[3] ?? m[4] ?? '';
        if (name === 'http-equiv')
            httpEquiv = value.trim().toLowerCase() === 'content-type';
        else if (name === 'content' && content === null)
            content = value;
        else if (name === 'charset' && charset === null)
            charset = value;
    }
    if (charset !== null)
        return charset;
    if (httpEquiv && content !== null) {
        const c = CHARSET_IN_CONTENT.exec(content);
        if (c)
            return c[1] ?? c[2] ?? c[3] ?? null;
    }
    return null;
}
const XML_DECLARATION = /^<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/i;
/**
 * The encoding an HTML page declares in its head, as a WHATWG name, or null.
 * A declared UTF-16 is read as UTF-8 (the spec's rule: a page whose bytes reached an ASCII
 * prescan is not UTF-16). An XML declaration counts when there is no <meta>.
 */
export function declaredEncoding(bytes) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
    for (const m of head.matchAll(TAG)) {
        if (m[1] === undefined) {
            if (/^<body[\s>]/i.test(m[0]))
                break;
            continue;
        }
        const label = metaCharset(m[1]);
        if (label === null)
            continue;
        const name = canonicalEncoding(label);
        if (name === null)
            continue;
        return name.startsWith('utf-16') ? 'utf-8' : name;
    }
    const xml = XML_DECLARATION.exec(head.trimStart());
    const xmlName = xml?.[1] ? canonicalEncoding(xml[1]) : null;
    return xmlName?.startsWith('utf-16') ? 'utf-8' : xmlName;
}
