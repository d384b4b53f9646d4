import type { PhraseBook } from '../data/phrase-book.js';
import { countSpaces, matchKey } from '../text/words.js';
import type { Block } from '../types.js';
import type { Features } from './features.js';

// " - Site", " | Site", " — Site", " · Site": the way titles, image alts and teasers name the site.
const SUFFIX = /\s+[-–—|·:]{1,2}\s+([^-–—|·]{2,40})$/u;
const SUFFIX_SPAN = 48;
// What SUFFIX needs in any case, without its Unicode flag, captures and end anchor.
const SEPARATOR_AFTER_SPACE = /\s[-–—|·:]/;
const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)/iu;
// What COPYRIGHT needs in any case, without the Unicode flag and word boundaries: several times
// faster on the footer lines that have none (no character outside ASCII folds to these letters).
const COPYRIGHT_ANYWHERE = /©|\(c\)|copyright/i;
const YEARS = /\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b/gu;
// How far from each end of the page a header logo line or a copyright footer stands.
const HEADER_LINES = 15;
const FOOTER_LINES = 40;

/** Matches " - <site>" / " | <site>" at the end of a line. */
export function siteTail(site: string): RegExp {
  return new RegExp(`\\s*[-–—|·:]{1,2}\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u');
}

/** The " - Site Name" ending of a line, when it looks like a name (short, capitalised). */
export function suffixOf(text: string): string | null {
  // The suffix is at most 40 characters after a one- or two-character separator: only the end
  // of the line can hold it (block text has single spaces), so long lines are not scanned.
  const tail = text.length > SUFFIX_SPAN ? text.slice(-SUFFIX_SPAN) : text;
  // Most lines have no separator after a space at all: a plain scan rules them out.
  if (!SEPARATOR_AFTER_SPACE.test(tail)) return null;
  const m = SUFFIX.exec(tail);
  if (!m?.[1]) return null;
  const name = m[1].trim();
  if (name.split(/\s+/).length > 5 || /[.!?]$/.test(name) || !/^[\p{Lu}\p{N}\p{Lo}]/u.test(name)) return null;
  // A name has letters: "… | 1.9%" and "… | 1912" end table rows.
  if (!/\p{L}/u.test(name)) return null;
  return name;
}

/** suffixOf(text) for a line whose features are at hand: computed once, whichever rule or reading asks first. */
export function lineSuffix(text: string, f: Features | undefined): string | null {
  if (!f) return suffixOf(text);
  if (f.suffix === undefined) f.suffix = suffixOf(text);
  return f.suffix;
}

/** "© 2024 Diario del Sur. Todos los derechos reservados." → "Diario del Sur". */
export function copyrightHolder(text: string, book: PhraseBook): string | null {
  // Long lines first: the case-insensitive search would scan whole paragraphs.
  if (text.length > 200 || !COPYRIGHT_ANYWHERE.test(text)) return null;
  const at = text.search(COPYRIGHT);
  if (at < 0) return null;
  // A footer notice has a year or a legal phrase; "… © Jane Doe" under a photo is a credit.
  const lower = text.toLowerCase();
  if (!/\b(?:19|20)\d{2}\b/u.test(text) && !book.legal.some((p) => lower.includes(p))) return null;
  let rest = text
    .slice(at)
    .replace(/^(?:©|\(c\)|copyright)\s*/iu, '')
    .replace(/^copyright\s*/iu, '')
    .replace(YEARS, ' ')
    .trim();
  // Cut at the first legal phrase ("All rights reserved", "Tous droits réservés"…).
  const key = rest.toLowerCase();
  for (const phrase of book.legal) {
    const i = key.indexOf(phrase);
    if (i >= 0) rest = rest.slice(0, i);
  }
  const name = rest
    .split(/\.\s|\.$|\s[-–—|]\s|[|,;]/u)[0]
    ?.replace(/^[\s\-–—.,:]+|[\s\-–—.,:]+$/gu, '')
    .trim();
  if (!name || name.split(/\s+/).length > 6 || !/^[\p{Lu}\p{N}\p{Lo}]/u.test(name)) return null;
  return name;
}

/**
 * The site's name as the page itself states it, never from a list of known sites: a " - Name"
 * suffix repeated on several lines, else the copyright holder of the footer (shortened to the
 * page's header line when that is how the logo reads: "Rheinische Rundschau" for
 * "Rheinische Rundschau GmbH & Co. KG").
 */
export function inferSiteName(blocks: Block[], book: PhraseBook, feats: readonly Features[] = []): string | null {
  const counts = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (b.text.length > 200) return;
    const name = lineSuffix(b.text, feats[i]);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  let best: string | null = null;
  let bestN = 1;
  for (const [name, n] of counts) {
    if (n > bestN) {
      best = name;
      bestN = n;
    }
  }
  if (best) return best;
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - FOOTER_LINES); i--) {
    const holder = copyrightHolder(blocks[i]?.text ?? '', book);
    if (!holder) continue;
    const hk = matchKey(holder);
    let header: string | null = null;
    blocks.slice(0, HEADER_LINES).forEach((head, h) => {
      // The line's key from its features (matchKey(text), or '' beyond their key's length).
      const k = feats[h]?.key || matchKey(head.text);
      // Cheapest test first: the Unicode one only for a prefix.
      const prefixes = (a: string, b: string) =>
        a === b || a.startsWith(`${b} `) || (a.startsWith(b) && /\p{Lo}/u.test(b));
      if (k.length >= 3 && (prefixes(hk, k) || prefixes(k, hk)) && countSpaces(head.text) + 1 <= 5) {
        if (!header || head.text.length > header.length) header = head.text;
      }
    });
    return header ?? holder;
  }
  return null;
}
