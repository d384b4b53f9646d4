import { undecided } from './context.js';
// Inside the region: which lines are the article's paragraphs, headings and list items.
function headingLike(ctx, i, qualities, end) {
    const f = ctx.feats[i];
    if (!f || f.words > 20 || f.letters < 2 || /[:,;]$/.test(ctx.blocks[i]?.text ?? ''))
        return false;
    for (let j = i + 1; j <= end; j++) {
        if (!undecided(ctx, j))
            continue;
        const q = qualities[j];
        return q === 'good' || q === 'near';
    }
    return false;
}
const BETWEEN_MAX_WORDS = 40;
/** The nearest undecided blocks on both sides, within the region, are prose. */
function betweenProse(ctx, qualities, i, region) {
    const prose = (j) => qualities[j] === 'good' || qualities[j] === 'near';
    let before = -1;
    for (let j = i - 1; j >= region.start; j--) {
        if (undecided(ctx, j) || ctx.decisions[j]?.keep) {
            before = j;
            break;
        }
    }
    let after = -1;
    for (let j = i + 1; j <= region.end; j++) {
        if (undecided(ctx, j)) {
            after = j;
            if (prose(j))
                break;
            // A run of list items: keep looking past short ones for the prose that closes it.
            if (qualities[j] === 'short' || (ctx.feats[j]?.words ?? 0) <= BETWEEN_MAX_WORDS)
                continue;
            break;
        }
    }
    return before >= 0 && after >= 0 && prose(before) && prose(after);
}
export function decideByRegion(ctx, qualities, region) {
    ctx.blocks.forEach((_, i) => {
        if (!undecided(ctx, i))
            return;
        const set = (d) => {
            ctx.decisions[i] = d;
        };
        if (!region || i < region.start || i > region.end) {
            const where = !region
                ? 'no article body was found'
                : i < region.start
                    ? 'before the article body'
                    : 'after the article body';
            set({ keep: false, role: 'boilerplate', rule: 'outside-article', reason: where });
            return;
        }
        const q = qualities[i];
        const f = ctx.feats[i];
        if (q === 'good' || q === 'near') {
            set({ keep: true, role: 'paragraph', rule: `content:${q}`, reason: 'prose inside the article body' });
        }
        else if (q === 'short' && headingLike(ctx, i, qualities, region.end)) {
            set({ keep: true, role: 'heading', rule: 'content:heading', reason: 'a short line introducing prose' });
        }
        else if (q === 'short' && f?.sentence) {
            set({ keep: true, role: 'paragraph', rule: 'content:short', reason: 'a short sentence inside the body' });
        }
        else if ((f?.words ?? 0) <= BETWEEN_MAX_WORDS && betweenProse(ctx, qualities, i, region)) {
            // List items, table rows and short quotes between two paragraphs are part of the article.
            set({ keep: true, role: 'paragraph', rule: 'content:between', reason: 'a short line between two paragraphs' });
        }
        else {
            const rule = q === 'short' ? 'short-line' : 'low-content';
            const reason = q === 'short'
                ? 'a short line that is not a heading or sentence'
                : 'few function words: a list, label or link run';
            set({ keep: false, role: 'boilerplate', rule, reason });
        }
    });
}
const NUMBERED = /^\(?(\d{1,2})[.)]\s+\S/u;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/iu;
const MIN_LIST_ITEMS = 3;
const MIN_ANNOUNCED_ITEMS = 2;
/**
 * A list the article announces ("Here are the ten best…:") and that the region left out: items
 * numbered 1, 2, 3… right after the body's last paragraph, each with an optional link line.
 */
export function announcedListAfter(ctx, region) {
    if (!region)
        return -1;
    const last = ctx.blocks[region.end]?.text ?? '';
    if (!/[:：]$/u.test(last))
        return -1;
    let expected = 1;
    let end = -1;
    for (let i = region.end + 1; i < ctx.blocks.length; i++) {
        const text = ctx.blocks[i]?.text ?? '';
        const m = NUMBERED.exec(text);
        if (m && Number(m[1]) === expected) {
            expected++;
            end = i;
        }
        else if (URL_ONLY.test(text) && end === i - 1) {
            end = i;
        }
        else
            break;
    }
    if (expected - 1 >= MIN_LIST_ITEMS)
        return end;
    // Unnumbered: the short lines that follow the colon, up to the first line a rule dropped.
    let items = 0;
    end = -1;
    for (let i = region.end + 1; i < ctx.blocks.length && undecided(ctx, i); i++) {
        if ((ctx.feats[i]?.words ?? 0) > BETWEEN_MAX_WORDS)
            break;
        items++;
        end = i;
    }
    if (items >= MIN_ANNOUNCED_ITEMS)
        return end;
    return -1;
}
