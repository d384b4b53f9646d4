// Choosing the publication date among what the page declares and what it shows. Declarations
// are often of another moment (converted to UTC, the update, the server's clock) while the date
// line under the headline is the one readers see; each source is a vote, and the page's own
// date line settles a one-day disagreement (a time zone apart).

/** The candidate dates of a page, each YYYY-MM-DD or null. */
export interface DateEvidence {
  /** Declared as the publication date (JSON-LD datePublished, article:published_time, <time pubdate>). */
  declared: string | null;
  /**
   * The declaration was written in UTC ("…T23:00:00Z"): its day as written is how references read
   * it, though the page may show the next (local) day.
   */
  declaredInUtc?: boolean;
  /** The date line near the headline (found in the text by claimMetadata). */
  shown: string | null;
  /** A declared date that does not say of what (meta "date", a bare <time>). */
  hint: string | null;
  /** The first date in an element whose class or id says "date". */
  marked: string | null;
  /** A date in the page's address ("/2020/01/13/"). */
  url: string | null;
}

const DAY_MS = 86_400_000;

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
}

/**
 * The date most sources agree on; on a tie, the first in the order of `DateEvidence` (the
 * declaration, then the shown date line). A declaration that only the page's date line
 * contradicts, by one day, yields to it: the page shows its local date.
 */
export function chooseDate(e: DateEvidence): string | null {
  // A hint only stands in for a missing declaration: it is often the same element as the marked
  // date, or a list's, and would outvote the declaration twice over.
  const order = [e.declared, e.shown, e.declared ? null : e.hint, e.marked, e.url];
  const votes = new Map<string, number>();
  for (const d of order) if (d) votes.set(d, (votes.get(d) ?? 0) + 1);
  let best: string | null = null;
  for (const d of order) if (d && (best === null || (votes.get(d) ?? 0) > (votes.get(best) ?? 0))) best = d;
  const shown = e.shown ?? e.marked;
  if (best && best === e.declared && !e.declaredInUtc && votes.get(best) === 1 && shown && daysApart(shown, best) === 1)
    return shown;
  return best;
}
