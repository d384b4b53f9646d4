import { iconvLite } from './labels.js';
import { strictUtf8Decode } from './utf8.js';

// Mojibake: UTF-8 bytes decoded as a legacy single-byte encoding and saved again ("cafÃ©" for
// "café", "Ð¿Ñ€Ð¸" for "при" via windows-1252, "РїСЂРё" via windows-1251). Each run of characters
// that maps back to a well-formed UTF-8 multibyte sequence is decoded again; nothing else changes.

interface Table {
  encoding: string;
  /** Character → byte for bytes 0x80–0xFF. */
  byteOf: Map<string, number>;
  /** Runs of characters that spell UTF-8 multibyte sequences. */
  run: RegExp;
  /** Sequences a run must hold to be repaired on its own (see allTables). */
  minSequences: number;
}

const escapeClass = (chars: string[]) => chars.map((c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`).join('');

function buildTable(encoding: string, minSequences: number): Table {
  const byteOf = new Map<string, number>();
  const classes: Record<'cont' | 'lead2' | 'lead3' | 'lead4', string[]> = { cont: [], lead2: [], lead3: [], lead4: [] };
  for (let b = 0x80; b <= 0xff; b++) {
    let c = iconvLite().decode(Buffer.from([b]), encoding);
    // Bytes the code page leaves undefined come through as the C1 control of the same number
    // (what browsers do), so that they still map back.
    if (c === '\uFFFD') c = String.fromCharCode(b);
    byteOf.set(c, b);
    if (b <= 0xbf) classes.cont.push(c);
    else if (b >= 0xc2 && b <= 0xdf) classes.lead2.push(c);
    else if (b >= 0xe0 && b <= 0xef) classes.lead3.push(c);
    else if (b >= 0xf0 && b <= 0xf4) classes.lead4.push(c);
  }
  const cont = `[${escapeClass(classes.cont)}]`;
  const seq = `[${escapeClass(classes.lead2)}]${cont}|[${escapeClass(classes.lead3)}]${cont}{2}|[${escapeClass(classes.lead4)}]${cont}{3}`;
  return { encoding, byteOf, run: new RegExp(`(?:${seq})+`, 'gu'), minSequences };
}

let tables: Table[] | undefined;

// windows-1252's leads (Ã, Â, Ð…) followed by its symbols almost never occur in real text, so a
// single sequence is repaired. windows-1251's leads are the everyday letters Р and С, and "С»"
// is plausible Russian: only runs of two sequences or more ("РїСЂ") count there, until two such
// runs have shown the text is mojibake; then one-letter words ("РІ" for "в") are repaired too.
function allTables(): Table[] {
  tables ??= [buildTable('windows-1252', 1), buildTable('windows-1251', 2)];
  return tables;
}

// Quick test before any work: a UTF-8 lead as windows-1252 (Â–ô) or windows-1251 (Р, С) followed
// by a character of the upper half. Clean text almost never has one. (The second class as a
// lookahead scans twice as fast in V8.)
const SUSPECT =
  /[\u00C2-\u00F4\u0420\u0421](?=[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u0401-\u040F\u0451-\u045F\u0490\u0491\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2116\u2122])/;

function utf8Sequences(bytes: number[]): number {
  return bytes.filter((b) => b >= 0xc0).length;
}

// NBSP and soft hyphen are continuation bytes (0xA0, 0xAD), and real text puts them after a letter
// ("vérité\u00A0»", "Maß\u00ADnahmen"). Alone in a run they count only after the leads of the
// everyday mojibake: Ã/Â (Latin-1, "Ã\u00A0" for "à") and Ð/Ñ (Cyrillic).
const SPACE_LIKE = new Set([0xa0, 0xad]);
const COMMON_LEADS = new Set([0xc2, 0xc3, 0xd0, 0xd1]);

function plausible(bytes: number[], sequences: number): boolean {
  if (sequences > 1 || COMMON_LEADS.has(bytes[0] ?? 0)) return true;
  return !bytes.some((b) => SPACE_LIKE.has(b));
}

function repairWith(text: string, table: Table): { text: string; count: number } {
  const strong = repairRuns(text, table, table.minSequences);
  if (table.minSequences === 1 || strong.runs < 2) return strong;
  return repairRuns(text, table, 1);
}

function repairRuns(text: string, table: Table, minSequences: number): { text: string; count: number; runs: number } {
  let count = 0;
  let runs = 0;
  const out = text.replace(table.run, (run) => {
    const bytes: number[] = [];
    for (const c of run) bytes.push(table.byteOf.get(c) ?? 0);
    const sequences = utf8Sequences(bytes);
    if (sequences < minSequences || !plausible(bytes, sequences)) return run;
    const fixed = strictUtf8Decode(new Uint8Array(bytes));
    if (fixed === null) return run;
    // A C1 control out of a repair means the guess was wrong.
    if (/[\u0080-\u009F]/.test(fixed)) return run;
    count += sequences;
    runs++;
    return fixed;
  });
  return { text: out, count, runs };
}

export interface Repair {
  text: string;
  /** The encoding the UTF-8 had been misread as, or null when nothing was repaired. */
  misreadAs: string | null;
  sequences: number;
}

/** Repairs UTF-8 misread as windows-1252 or windows-1251, twice over at most (double-encoded text). */
export function repairMojibake(text: string): Repair {
  if (!SUSPECT.test(text)) return { text, misreadAs: null, sequences: 0 };
  let misreadAs: string | null = null;
  let sequences = 0;
  let current = text;
  for (let pass = 0; pass < 2; pass++) {
    let changed = false;
    for (const table of allTables()) {
      const r = repairWith(current, table);
      if (r.count === 0) continue;
      current = r.text;
      sequences += r.count;
      misreadAs ??= table.encoding;
      changed = true;
    }
    if (!changed || !SUSPECT.test(current)) break;
  }
  return { text: current, misreadAs, sequences };
}
