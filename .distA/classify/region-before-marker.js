import { undecided } from './context.js';
import { bestRunBetweenMarkers, isCommentsMarker } from './region.js';
// A region that opens right after an end marker ("Weitere Artikel", "Related") is most often the
// list of teasers that follows a short or paywalled article. When a run of real prose stands
// before that marker, the article is that run.
const AFTER_MARKER_WITHIN = 3;
const MIN_BEFORE_WORDS = 40;
export function proseBeforeMarker(ctx, qualities, region) {
    if (!region)
        return region;
    // The marker: the nearest barrier before the region, with only decided blocks between.
    let marker = -1;
    for (let i = region.start - 1; i >= 0 && i >= region.start - AFTER_MARKER_WITHIN; i--) {
        if (ctx.barriers.has(i)) {
            marker = i;
            break;
        }
        if (undecided(ctx, i))
            return region;
    }
    if (marker < 0)
        return region;
    // "12 Comments" after each teaser of a list: the region already chose among them.
    if (isCommentsMarker(ctx, marker))
        return region;
    // The best run of prose before the marker, not crossing another marker.
    const best = bestRunBetweenMarkers(ctx, qualities, 0, marker - 1);
    if (!best)
        return region;
    const { start: bestStart, end: bestEnd } = best;
    let words = 0;
    for (let i = bestStart; i <= bestEnd; i++)
        if (undecided(ctx, i) && qualities[i] === 'good')
            words += ctx.feats[i]?.words ?? 0;
    if (words < MIN_BEFORE_WORDS)
        return region;
    return { start: bestStart, end: bestEnd };
}
