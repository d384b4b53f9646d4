import { readFileSync } from 'node:fs';
import { dataDir } from '../data/location.js';

type MonthData = Record<string, string[][] | string>;

let monthIndex: Map<string, number> | undefined;

/** Month form (any language) → month number 1–12, from data/months.json. */
function months(): Map<string, number> {
  if (monthIndex) return monthIndex;
  const data = JSON.parse(readFileSync(new URL('months.json', dataDir()), 'utf8')) as MonthData;
  monthIndex = new Map();
  for (const [lang, list] of Object.entries(data)) {
    if (lang.startsWith('_') || typeof list === 'string') continue;
    list.forEach((forms, m) => {
      for (const f of forms) if (!monthIndex?.has(f)) monthIndex?.set(f, m + 1);
    });
  }
  return monthIndex;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of year `y`, by the Gregorian rule, as Date.UTC counts them. */
function monthDays(y: number, m: number): number {
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] ?? 0);
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  // 31 April and the like (counted without a Date object: several dates are read per page).
  if (!(d <= monthDays(y, m))) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whether a word names a month in any language of data/months.json ("March", "mars", "марта"). */
export function isMonthWord(word: string): boolean {
  return months().has(word.toLowerCase().replace(/\.$/, ''));
}

const N = (s: string | undefined) => Number.parseInt(s ?? '', 10);
// Any run of non-digit, non-punctuation characters; months() decides whether it is a month.
// (No \p{L}: Unicode property classes cost milliseconds to compile at start-up.)
const MONTH_WORD = String.raw`([^\s\d.,:;/()|-]{2,12}(?:\s[^\s\d.,:;/()|-]{3,7})?)\.?`;
const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const CJK = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
// "03.05.2022", "3/5/2022", and with a space after each dot as Czech, Slovak and Polish write it: "3. 5. 2022".
const NUMERIC = /\b(\d{1,2})(\. ?|[/-])(\d{1,2})\2(\d{4})\b/;
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\.?\s+(?:de\s+)?${MONTH_WORD},?\s+(?:de\s+)?(\d{4})`);
const MONTH_DAY_YEAR = new RegExp(String.raw`${MONTH_WORD}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`);

const YEAR = /\d{4}/;

function month(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  // Two words: "März" of "März 2024"'s neighbour, or "June" of "Updated June 13, 2019".
  const words = w.split(/\s/);
  return months().get(w) ?? months().get(words[0] ?? '') ?? months().get(words[1] ?? '');
}

/** The first calendar date in a line, as YYYY-MM-DD; `monthFirst` reads 03/12/2024 as March 12. */
export function parseDate(text: string, monthFirst = false): string | null {
  // Every form below has a four-digit year: most lines are ruled out by one cheap scan.
  if (!YEAR.test(text)) return null;
  let m = ISO.exec(text);
  if (m) return iso(N(m[1]), N(m[2]), N(m[3]));
  // CJK's dates are written with 年: a native search rules most lines out before its regex.
  m = text.includes('年') ? CJK.exec(text) : null;
  if (m) return iso(N(m[1]), N(m[2]), N(m[3]));
  m = NUMERIC.exec(text);
  if (m) {
    const a = N(m[1]);
    const b = N(m[3]);
    const y = N(m[4]);
    // Dots are always day-first; slashes follow the page's convention unless a part is > 12.
    const mdy = a <= 12 && (b > 12 || (monthFirst && m[2] === '/'));
    return mdy ? iso(y, a, b) : iso(y, b, a);
  }
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const mo = month(m[2]);
    if (mo) return iso(N(m[3]), mo, N(m[1]));
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const mo = month(m[1]);
    if (mo) return iso(N(m[3]), mo, N(m[2]));
  }
  return null;
}

// "23.09.22", "31.10.23": day, month and a two-digit year, as German and other European pages
// write a date line. Only where a date is expected (a date element, the byline line): in prose
// the same shape is a version number or a score.
const SHORT_YEAR = /(?:^|[\s|(])(\d{1,2})\.(\d{1,2})\.(\d{2})(?=$|[\s|,)])/;
// Two-digit years from 50 on are of the last century.
const CENTURY_PIVOT = 50;

/** parseDate, and if it finds none, a day.month.year date with a two-digit year. */
export function parseDateLine(text: string, monthFirst = false): string | null {
  const full = parseDate(text, monthFirst);
  if (full) return full;
  const m = SHORT_YEAR.exec(text);
  if (!m) return null;
  const yy = N(m[3]);
  return iso(yy < CENTURY_PIVOT ? 2000 + yy : 1900 + yy, N(m[2]), N(m[1]));
}
