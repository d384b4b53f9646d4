// Characters that carry no text but break matching: zero-width spaces, word joiners, BOMs,
// soft hyphens. ZWJ/ZWNJ are kept: they change meaning in Persian, Indic scripts and emoji.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
// C0/C1 controls other than tab and newline (NUL bytes included).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Line endings to LF, invisible and control characters removed, lone surrogates replaced. */
export function normalizeText(text) {
    return text
        .toWellFormed()
        .replace(/\r\n?/g, '\n')
        .replace(/[\u2028\u2029]/g, '\n')
        .replace(INVISIBLE, '')
        .replace(CONTROL, '');
}
// Every Unicode space separator (NBSP, thin space, ideographic space…) and tabs.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
/** Collapses all kinds of whitespace into single spaces and trims. */
// Anything collapseSpaces would change; most lines have none of it and are returned as they are.
const NEEDS_COLLAPSE = /^\s|\s$|[^\S ]| {2}|[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
export function collapseSpaces(line) {
    if (!NEEDS_COLLAPSE.test(line))
        return line;
    return line.replace(SPACES, ' ').trim();
}
