import { collapseSpaces } from '../decode/normalize.js';
// Hard-wrapped text (lynx dumps, e-mails, RFCs, pre-formatted pages) breaks every paragraph into
// lines of about the same width. A page is wrapped when a good share of its lines are nearly as
// long as its longest lines, and those are no wider than a terminal.
const MIN_LINES = 8;
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
const FULL_SHARE = 0.3;
const FULL_LINE = 0.75;
// A line this full was broken by the wrap, not by the author.
const JOIN_LINE = 0.6;
/** The wrap width of a hard-wrapped text, or null when lines are paragraphs already. */
export function wrapWidth(lines) {
    const lengths = lines
        .map((l) => l.trimEnd().length)
        .filter((n) => n > 0)
        .sort((a, b) => a - b);
    if (lengths.length < MIN_LINES)
        return null;
    const width = lengths[Math.floor(lengths.length * 0.95) - 1] ?? 0;
    if (width < MIN_WIDTH || width > MAX_WIDTH)
        return null;
    const full = lengths.filter((n) => n >= width * FULL_LINE && n <= width).length;
    return full / lengths.length >= FULL_SHARE ? width : null;
}
const BULLET = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s/u;
// Lines with no text of their own, which html2text writes where a browser shows nothing: quote
// markers alone (the blank line between two quoted paragraphs, "> ") and an empty list item
// (" * ", an icon link of a share bar).
const EMPTY_MARKUP = /^(?:(?:>\s*)+|\*)$/u;
const indent = (line) => line.length - line.trimStart().length;
/** Whether `next` continues the paragraph that `prev` was wrapped out of. */
function continues(prev, next, width) {
    const length = prev.trimEnd().length;
    // A wrap never repeats a line: the same line again is a repeated block (a page of one line).
    if (next === prev)
        return false;
    if (length < width * JOIN_LINE || BULLET.test(next) || indent(prev) !== indent(next))
        return false;
    // A full line was broken by the wrap; a shorter one only when the next goes on in lowercase or
    // it ended a clause.
    return length >= width * FULL_LINE || /^\s*\p{Ll}/u.test(next) || /[.,;:!?)"”»]$/u.test(prev.trimEnd());
}
/**
 * Stage 2 for plain text: every non-empty line is a block, except that the lines of a
 * hard-wrapped paragraph are joined into one; blank lines become `gapBefore`.
 */
export function blocksFromText(text) {
    const blocks = [];
    const lines = text.split('\n');
    const width = wrapWidth(lines);
    let gap = true;
    let prevRaw = '';
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i] ?? '';
        const line = collapseSpaces(raw);
        if (line === '' || EMPTY_MARKUP.test(line)) {
            gap = true;
            continue;
        }
        const last = blocks[blocks.length - 1];
        if (width && last && !gap && continues(prevRaw, raw, width)) {
            // A line ending in a hyphen joins without a space, hyphen kept: "well-" + "known" is right,
            // "exam-" + "ple" keeps a stray hyphen, as nothing here tells the two apart.
            last.text = /\p{L}-$/u.test(last.text) && /^\p{Ll}/u.test(line) ? last.text + line : `${last.text} ${line}`;
        }
        else {
            blocks.push({ index: blocks.length, text: line, line: i + 1, gapBefore: gap });
        }
        prevRaw = raw;
        gap = false;
    }
    return blocks;
}
