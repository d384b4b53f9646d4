// Whitespace as JavaScript's \s reads it, for the walk's hot paths: most block texts need no
// folding and most link texts hold few spaces, and a regex replacement allocates a new string
// whenever it matches at all (every single space between two words).
import { isSpace } from '../../text/words.js';

/** `s.replace(/\s+/g, ' ').trim()`, without a new string when `s` is already so. */
export function foldSpaces(s: string): string {
  const n = s.length;
  let previous = true; // at the start, a space would be leading
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (!isSpace(c)) previous = false;
    else if (previous || c !== 0x20) return s.replace(/\s+/g, ' ').trim();
    else previous = true;
  }
  return previous && n > 0 ? s.replace(/\s+/g, ' ').trim() : s;
}

/** `s.replace(/\s+/g, '').length`. */
export function nonSpaceLength(s: string): number {
  let spaces = 0;
  for (let i = 0; i < s.length; i++) if (isSpace(s.charCodeAt(i))) spaces++;
  return s.length - spaces;
}
