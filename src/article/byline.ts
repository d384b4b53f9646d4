import { memoByIdentity } from '../text/memo.js';
import { type PrefixSet, prefixSetOf } from '../text/prefixes.js';
import { NON_ASCII } from '../text/scripts.js';
import { isMonthWord } from './date.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

// Particles that stay lowercase inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'de',
  'da',
  'di',
  'del',
  'la',
  'le',
  'du',
  'al',
  'el',
  'bin',
  'ibn',
  'y',
  'e',
  'and',
  'und',
  'et',
  'i',
  'и',
  've',
  'ja',
  'och',
  'og',
]);

export function looksLikeName(name: string): boolean {
  const ws = name.split(/\s+/).filter(Boolean);
  if (ws.length === 0 || ws.length > 8) return false;
  // Scripts without case (Arabic, CJK): trust the prefix, keep the name short.
  if (!/[\p{Lu}\p{Ll}]/u.test(name)) return name.length <= 40;
  return ws.every((w) => /^[\p{Lu}\d]/u.test(w) || PARTICLES.has(w.toLowerCase()));
}

/** A list as a set, built once: a list of ~200 prefixes is slow to search on every line. */
export const asSet = memoByIdentity((list: readonly string[]) => new Set(list));

/** What follows a byline prefix: at the start of the line, or after the line's last colon. */
function afterPrefix(t: string, set: PrefixSet): string[] {
  const out: string[] = [];
  // Most lines neither open like a byline nor have a colon after their first character (where
  // the search below starts): nothing to lowercase.
  if (!(t.indexOf(':') > 0) && !set.mayOpen(t)) return out;
  const lower = t.toLowerCase();
  if (lower.length !== t.length) return out;
  const p = set.atStart(lower);
  if (p) {
    const sep = /^(?:\s*:\s*|\s+)/u.exec(t.slice(p.length));
    // "Autor: Anna Beispiel Tags: 1907, …": up to the next label.
    if (sep) out.push(t.slice(p.length + sep[0].length).split(/\s+(?=[^\s:]+:\s)/u)[0] ?? '');
  }
  // Inside a line only with a colon: "2024-03-28 来源：东海晨报 作者：王晓东".
  // Any of its colons: "2024-05-16 来源：澄湖晚报 作者：林晓雯 阅读量：3.2万".
  for (let colon = t.indexOf(':'); colon > 0; colon = t.indexOf(':', colon + 1)) {
    if (set.atEnd(lower.slice(0, colon)))
      out.push(
        t
          .slice(colon + 1)
          .trim()
          .split(/\s+(?=\S+:)/u)[0] ?? '',
      );
  }
  return out;
}

const LEADING_DASHES = /^[-–—―]+\s*/u;
const DASHES = new Set([0x2d, 0x2013, 0x2014, 0x2015]);

/** "---- by Jane Roe", "— Von Jane Roe": a dash set before the byline is no part of it. */
function withoutLeadingDashes(t: string): string {
  // Tested on the first character: most lines open with none, and need no regex.
  return DASHES.has(charCodeAt.call(t, 0)) ? t.replace(LEADING_DASHES, '') : t;
}

/** "By Jane Roe", "Von Anna Müller | 12.03.2024", "Автор: Иван Петров" → the name, else null. */
export function parseByline(text: string, prefixes: string[]): string | null {
  if (text.length > 120) return null;
  // ASCII is as NFKC leaves it, and most lines are ASCII: no normalising call for them.
  const t = withoutLeadingDashes(NON_ASCII.test(text) ? text.normalize('NFKC') : text);
  for (const raw of afterPrefix(t, prefixSetOf(prefixes))) {
    const name = raw
      // "Max Muster/SP-X", "Jane Roe / dpa": the agency after a slash is no part of the name.
      .split(/\s*[|•·,;(/]\s*|\s+[-–—]\s+|\s+\d/u)[0]
      ?.replace(/[.:]+$/, '')
      .trim();
    if (!name) continue;
    const beforeDay = /^\s+\d/.test(raw.slice(name.length));
    // "Erin Cunningham March 18 at 3:57 PM": a month word before the day is no part of the name
    // (but "Theresa May" stays when no day follows); nor is the short lower-case word that
    // joins a date to it: "Von Jane Roe am 07.08.2013", "By Jane Roe on March 3".
    const bare = beforeDay ? withoutDateWord(withoutMonth(name)) : name;
    if (looksLikeName(bare)) return bare;
  }
  return null;
}

/**
 * "Autor:" or "Von:" alone on its line, the name on the next ("Max Muster/SP-X"): the markup
 * put the label and the name in separate elements.
 */
export function labelledName(label: string, next: string, prefixes: string[]): string | null {
  // The colon makes it a label: a bare "De" or "By" line is a language switch or a menu item.
  if (label.length > 20 || next.length > 60 || !/[:：]\s*$/u.test(label)) return null;
  const bare = label.toLowerCase().replace(/[\s:：]+$/u, '');
  if (!asSet(prefixes).has(bare)) return null;
  const name = parseByline(`${bare}: ${next}`, prefixes);
  // A full name: one word after a label is as often a role ("Auteur") or a site section.
  return name && /\S\s+\S/u.test(name) && !/\d/.test(name) ? name : null;
}

// "am", "on", "le", "el": at most this many letters, lower-case, between a name and its date.
const DATE_WORD = /\s+\p{Ll}{2,3}$/u;

function withoutDateWord(name: string): string {
  const cut = name.replace(DATE_WORD, '');
  return cut && cut !== name && !PARTICLES.has(name.slice(cut.length).trim()) ? withoutMonth(cut) : name;
}

function withoutMonth(name: string): string {
  const ws = name.split(' ');
  while (ws.length > 1 && isMonthWord(ws[ws.length - 1] ?? '')) ws.pop();
  return ws.join(' ');
}

/**
 * "ByAlex Bozarjian": a byline word of the phrase files glued to the name (the markup's
 * <span>By</span><a>Alex…</a> read without a space). Only before a name of two words or more, so
 * that "DiCaprio" keeps its "Di".
 */
export function unglueBy(name: string, prefixes: readonly string[]): string {
  if (!/^\p{Lu}/u.test(name)) return name;
  const lower = name.toLowerCase();
  for (const p of prefixes) {
    if (p.includes(' ') || !lower.startsWith(p)) continue;
    const rest = name.slice(p.length);
    if (/^\p{Lu}\p{Ll}\S*\s+\S/u.test(rest)) return rest;
  }
  return name;
}
