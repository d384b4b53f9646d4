// Comparing a visible headline with a declared title (JSON-LD headline, og:title, <title>):
// case, punctuation and spacing aside, the visible one is the declared one, part of it ("Headline"
// in "Headline - Site"), or the declared one cut short.

/** Lower case, punctuation and symbols as spaces, spaces collapsed. */
export const headlineKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** On keys made with headlineKey: the visible headline is the declared one, part of it, or it cut short. */
export function sameHeadlineKey(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a === b || (a.length >= 4 && b.includes(a)) || (b.length >= 12 && a.startsWith(b));
}
