// Last resorts for the publication date, when neither the declarations nor the lines around the
// headline give one: a labelled date anywhere on the page ("Aktualisiert: 30.12.2016" under the
// body, "Last modified: 14.01.2022" in a side box), then a date the headline itself carries
// ("Weekly report of 22.04.2020").
import type { Classification } from '../classify/classify.js';
import type { PhraseBook } from '../data/phrase-book.js';
import { prefixSetOf } from '../text/prefixes.js';
import { wordCount } from '../text/words.js';
import { asSet } from './byline.js';
import { parseDate } from './date.js';

// A label, a date and a time: a few words, not a sentence that mentions a date.
const LABELLED_MAX_WORDS = 10;
const DATE_NEXT = /^[\s:：]*\d/u;

/** The first short line of the page, kept or not, that opens with a date label and holds a date. */
export function labelledDate(cls: Classification, book: PhraseBook, monthFirst: boolean): string | null {
  const set = prefixSetOf(book.datePrefixes);
  const labels = asSet(book.datePrefixes);
  for (let i = 0; i < cls.blocks.length; i++) {
    const text = cls.blocks[i]?.text ?? '';
    if (text.length > 120 || !set.mayOpen(text)) continue;
    const lower = text.toLowerCase();
    const label = lower.length === text.length ? set.atStart(lower) : null;
    if (!label) continue;
    // The date right after the label ("Veröffentlichung: 04.02.2022 Label: …"), or a short line.
    if (!DATE_NEXT.test(text.slice(label.length)) && wordCount(text) > LABELLED_MAX_WORDS) continue;
    // The label alone ("Letzte Änderung:"), its date in the next element.
    const alone = labels.has(lower.replace(/[\s:：]+$/u, ''));
    const date = parseDate(alone ? `${text} ${cls.blocks[i + 1]?.text.slice(0, 60) ?? ''}` : text, monthFirst);
    if (date) return date;
  }
  return null;
}

/** A date written in the headline. */
export function headlineDate(cls: Classification, titleAt: number | null, monthFirst: boolean): string | null {
  const text = titleAt === null ? undefined : cls.blocks[titleAt]?.text;
  return text ? parseDate(text, monthFirst) : null;
}
