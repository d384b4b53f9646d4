// Writing-system checks. A line is "foreign" when at least 4 letters of a script other than the
// article's dominant one make up most of its letters — measured to catch stray UI strings
// (a Cyrillic line in a French article) without flagging a foreign name inside a sentence.

import { latinText } from '../text/words.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

export type Script =
  | 'Latin'
  | 'Cyrillic'
  | 'Greek'
  | 'Arabic'
  | 'Hebrew'
  | 'Han'
  | 'Kana'
  | 'Hangul'
  | 'Devanagari'
  | 'Thai'
  | 'Georgian'
  | 'Armenian'
  | 'Other';

const SCRIPTS: [Script, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Han', /\p{Script=Han}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
];

const cache = new Map<string, Script>();

export function scriptOf(letter: string): Script {
  const hit = cache.get(letter);
  if (hit) return hit;
  let found: Script = 'Other';
  for (const [name, re] of SCRIPTS) {
    if (re.test(letter)) {
      found = name;
      break;
    }
  }
  cache.set(letter, found);
  return found;
}

const NOT_TEXT = /https?:\/\/\S+|www\.\S+|\S+@\S+|@\w+/g;
const LETTER = /\p{L}/u;
const letterCache = new Map<string, Script | null>();

/** The script of a letter, or null for a non-letter; cached per character. */
function letterScript(ch: string): Script | null {
  let s = letterCache.get(ch);
  if (s === undefined) {
    s = LETTER.test(ch) ? scriptOf(ch) : null;
    letterCache.set(ch, s);
  }
  return s;
}

// letterScript of each BMP code unit (surrogates aside), by number: 0 not known yet, 1 not a
// letter, else 2 + its index in SCRIPT_LIST. No one-character string per character.
const SCRIPT_LIST: Script[] = [...SCRIPTS.map(([name]) => name), 'Other'];
const bmpScripts = new Uint8Array(0x10000);

function bmpLetterScript(code: number): Script | null {
  let v = bmpScripts[code] ?? 0;
  if (v === 0) {
    const s = letterScript(String.fromCharCode(code));
    v = s ? 2 + SCRIPT_LIST.indexOf(s) : 1;
    bmpScripts[code] = v;
  }
  return v === 1 ? null : (SCRIPT_LIST[v - 2] ?? null);
}

// 1 for the ASCII letters: added without a branch, which mispredicts on every other character of prose.
const ASCII_LETTER = new Uint8Array(128);
for (let c = 65; c <= 90; c++) {
  ASCII_LETTER[c] = 1;
  ASCII_LETTER[c + 32] = 1;
}

/**
 * scriptCounts in two parts: the letters outside ASCII per script (in the order each script first
 * occurs) and the ASCII letters, which scriptCounts adds to Latin last. Tallies of texts add up
 * to the tally of the texts joined by newlines (what is ignored never spans one).
 */
export interface ScriptTally {
  other: Map<Script, number>;
  ascii: number;
}

/** Letters per script, ignoring URLs, e-mail addresses and @handles. */
export function scriptCounts(text: string): Map<Script, number> {
  return tallyCounts(scriptTally(text));
}

/** The counts a tally stands for, as scriptCounts gives them (the tally's map becomes them). */
function tallyCounts(tally: ScriptTally): Map<Script, number> {
  const counts = tally.other === NO_LETTERS ? new Map<Script, number>() : tally.other;
  if (tally.ascii) counts.set('Latin', (counts.get('Latin') ?? 0) + tally.ascii);
  return counts;
}

// A URL, an e-mail address or a @handle, whose letters (NOT_TEXT) are no sample of the script.
const URL_MARK = /:\/\/|www\.|@/;

/** scriptTally of a line, kept in `memo`. */
function tallyOf(line: string, memo: Map<string, ScriptTally>): ScriptTally {
  let tally = memo.get(line);
  if (!tally) {
    tally = scriptTally(line);
    memo.set(line, tally);
  }
  return tally;
}

/**
 * scriptCounts(lines.join('\n')), in the same order of scripts, from each line's tally; `memo`
 * keeps the tallies per line (the article read again shares lines with its page).
 */
export function linesScriptCounts(lines: readonly string[], memo: Map<string, ScriptTally>): Map<Script, number> {
  const total: ScriptTally = { other: new Map(), ascii: 0 };
  for (const line of lines) {
    const tally = tallyOf(line, memo);
    if (tally.other !== NO_LETTERS)
      for (const [script, n] of tally.other) total.other.set(script, (total.other.get(script) ?? 0) + n);
    total.ascii += tally.ascii;
  }
  return tallyCounts(total);
}

/**
 * dominantScript(linesScriptCounts(lines, memo)), without counting letters when the lines are
 * latinText() without µ: their only letters are Latin ones, so the script is Latin as soon as one
 * line has a letter (outside URLs and addresses), found by a native test, not a loop over every
 * character. Most samples are such lines.
 */
export function linesDominantScript(lines: readonly string[], memo: Map<string, ScriptTally>): Script | null {
  if (!lines.every((line) => latinText(line) && !line.includes('µ'))) {
    return dominantScript(linesScriptCounts(lines, memo));
  }
  const hasLetter = (line: string): boolean => {
    if (!URL_MARK.test(line)) return LETTER.test(line);
    const tally = tallyOf(line, memo);
    return tally.ascii > 0 || tally.other.size > 0;
  };
  return lines.some(hasLetter) ? 'Latin' : null;
}

/** The tally's map of a text without letters outside ASCII (most lines): shared, never changed. */
const NO_LETTERS = new Map<Script, number>();

function scriptTally(text: string): ScriptTally {
  let counts: Map<Script, number> | null = null;
  const cleaned = URL_MARK.test(text) ? text.replace(NOT_TEXT, ' ') : text;
  let latin = 0;
  for (let i = 0; i < cleaned.length; i++) {
    const code = charCodeAt.call(cleaned, i);
    if (code < 128) {
      latin += ASCII_LETTER[code] ?? 0;
      continue;
    }
    let s: Script | null;
    if (code >= 0xd800 && code <= 0xdfff) {
      const ch = code <= 0xdbff ? cleaned.slice(i, i + 2) : (cleaned[i] ?? '');
      if (ch.length === 2) i++;
      s = letterScript(ch);
    } else s = bmpLetterScript(code);
    if (s) {
      counts ??= new Map();
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  return { other: counts ?? NO_LETTERS, ascii: latin };
}

/** Japanese mixes Han and Kana; Chinese pages quote Latin brand names: treat CJK as one family. */
export function family(s: Script): Script {
  return s === 'Kana' ? 'Han' : s;
}

export function dominantScript(counts: Map<Script, number>): Script | null {
  let best: Script | null = null;
  let bestN = 0;
  const merged = new Map<Script, number>();
  for (const [s, n] of counts) merged.set(family(s), (merged.get(family(s)) ?? 0) + n);
  for (const [s, n] of merged) {
    if (n > bestN) {
      best = s;
      bestN = n;
    }
  }
  return best;
}

const IDEOGRAPHIC = new Set<Script>(['Han', 'Hangul']);
const IDEOGRAPH_WEIGHT = 3;

/** The script that dominates a line, when it differs from `main` and has at least 4 letters. */
export function foreignScript(text: string, main: Script): Script | null {
  // Plain ASCII or other Latin-range text (accented letters, typographic punctuation) in a Latin
  // page cannot be foreign: its only letter of another script is µ (Common), and four of them at
  // least would be needed. The common case, answered with one scan.
  if (main === 'Latin' && latinText(text) && !text.includes('µ')) return null;
  const counts = scriptCounts(text);
  let total = 0;
  const merged = new Map<Script, number>();
  const raw = new Map<Script, number>();
  for (const [s, n] of counts) {
    // A Han, kana or Hangul character carries about a word: "Kindle for PCの起動" is Japanese.
    const w = IDEOGRAPHIC.has(family(s)) ? n * IDEOGRAPH_WEIGHT : n;
    total += w;
    merged.set(family(s), (merged.get(family(s)) ?? 0) + w);
    raw.set(family(s), (raw.get(family(s)) ?? 0) + n);
  }
  for (const [s, n] of merged) {
    if (s !== main && (raw.get(s) ?? 0) >= 4 && n > total / 2) return s;
  }
  return null;
}
