// Which rules judge a line by where it stands or by its shape (length, sentence form, repetition)
// rather than by what it says. Stages that may take such a line back (the title finder, the tiny
// page, the article's container, text kept as written) start from this set and add what their own
// case allows; each says why next to its set.
export const PLACED = new Set(['outside-article', 'short-line', 'low-content', 'duplicate']);

/** PLACED and the given rules. */
export const placedAnd = (...rules: string[]): ReadonlySet<string> => new Set([...PLACED, ...rules]);
