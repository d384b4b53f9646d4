import type { PhraseBook } from '../data/phrase-book.js';
import type { Block } from '../types.js';
/** Matches " - <site>" / " | <site>" at the end of a line. */
export declare function siteTail(site: string): RegExp;
/** The " - Site Name" ending of a line, when it looks like a name (short, capitalised). */
export declare function suffixOf(text: string): string | null;
/** "© 2024 Diario del Sur. Todos los derechos reservados." → "Diario del Sur". */
export declare function copyrightHolder(text: string, book: PhraseBook): string | null;
/**
 * The site's name as the page itself states it, never from a list of known sites: a " - Name"
 * suffix repeated on several lines, else the copyright holder of the footer (shortened to the
 * page's header line when that is how the logo reads: "Rheinische Rundschau" for
 * "Rheinische Rundschau GmbH & Co. KG").
 */
export declare function inferSiteName(blocks: Block[], book: PhraseBook): string | null;
