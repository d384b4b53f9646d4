import { type FilteredKeys, filtered } from '../../text/key-filter.js';
import { type PrefixSet, prefixSetOf } from '../../text/prefixes.js';
import { CHARS, countSpaces, lastSpace, matchKey } from '../../text/words.js';
import { type Context, drop, undecided } from '../context.js';
import type { Features } from '../features.js';
import { lineSuffix } from '../site-name.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

// Photo credits, captions and image alts. A figure dumps as a few adjacent lines: the alt text
// (often with " - Site" appended), the caption, the credit, sometimes glued into one line. They
// leave the body but are kept in `images` as {caption, credit}.

const COPYRIGHT_START = /^(?:©|\(c\)|copyright\b)\s*/iu;
/** Whether COPYRIGHT_START may match: its first character ('©', '(' or a c, which no other letter folds to). */
function mayOpenCopyright(text: string): boolean {
  const c = charCodeAt.call(text, 0);
  return c === 0xa9 || c === 0x28 || (c | 32) === 0x63;
}
const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:19|20)\d{2}/iu;
// What COPYRIGHT_YEAR needs in any case: a plain scan, cheaper than its case-insensitive one.
const YEAR = /(?:19|20)\d{2}/;
const MAX_CAPTION_WORDS = 60;
const MAX_CREDIT_WORDS = 15;
const NEAR = 3;
// Longer repeats are repeated paragraphs, not alt and caption.
const MAX_ALT_WORDS = 40;

/** Whether the line may hold any of the CHARS `bits` (lines without features may hold anything). */
const hasAny = (f: Features | undefined, bits: number): boolean => !f || (f.holds & bits) !== 0;

interface Found {
  caption: string | null;
  credit: string | null;
  rule: 'photo-credit' | 'image-caption' | 'image-alt';
  reason: string;
}

/** The line without a trailing " - Site Name" / " | Site Name". */
function withoutSuffix(text: string, f: Features | undefined): string {
  const site = lineSuffix(text, f);
  return site ? text.slice(0, text.lastIndexOf(site)).replace(/[\s\-–—|·:]+$/u, '') : text;
}

function cleanCaption(s: string): string | null {
  const c = s.replace(/[\s\-–—|/:([]+$/u, '').trim();
  return c.length > 0 ? c : null;
}

interface Patterns {
  credits: PrefixSet;
  bylines: PrefixSet;
  /** Most short lines name no agency: the filter answers before the set hashes them. */
  agencies: FilteredKeys;
}

function patterns(ctx: Context): Patterns {
  return {
    credits: prefixSetOf(ctx.book.creditPrefixes),
    bylines: prefixSetOf(ctx.book.bylinePrefixes),
    agencies: filtered(ctx.book.agencies),
  };
}

/** "Foto: dpa", "Fot. Jan Kowalski", "Photo | Reuters" → what follows the credit word. */
function creditAtStart(text: string, re: Patterns): string | null {
  if (!re.credits.mayOpen(text)) return null;
  const lower = re.credits.head(text);
  if (lower.length !== Math.min(text.length, re.credits.maxLength + 1)) return null;
  const p = re.credits.atStart(lower);
  if (!p) return null;
  const after = text.slice(p.length);
  const sep = /^\s*(?:[:.|/]|©)\s*/u.exec(after);
  return sep ? after.slice(sep[0].length) : null;
}

const CREDIT_MARK = /[:：©]/;

/** The last ':', '：' or '©' of the text, or -1: a native test, then one backward scan. */
function lastCreditMark(text: string): number {
  if (!CREDIT_MARK.test(text)) return -1;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = charCodeAt.call(text, i);
    if (c === 0x3a || c === 0xff1a || c === 0xa9) return i;
  }
  return -1;
}

const GLUED_CREDIT = /(\p{Ll})(?=\p{Lu}[\p{Ll}.]*$)|([.([|/–—-])(?=[^\s.([|/–—-]*$)/u;

/** "… Berlin. Foto: dpa", "…проспектеФото: X", "… (crédito: Agência Brasília)". */
function creditAtEnd(text: string, re: Patterns): { caption: string; credit: string } | null {
  const at = lastCreditMark(text);
  if (at <= 0) return null;
  const credit = text
    .slice(at + 1)
    .trim()
    .replace(/[)\]]$/, '')
    .trim();
  // A credit is a name, not a sentence: "the source: a senior official." is prose.
  if (credit.length < 2 || credit.length > 80 || /[()[\]]|[.!?]$/.test(credit)) return null;
  // The credit word may be glued to the caption: "проспектеФото", "vapuru.Fotoğraf".
  const before = text.slice(0, at).trimEnd();
  // Both patterns look ahead to the end without crossing a space: only the last word can change.
  const cut = lastSpace(before) + 1;
  const glued = before.slice(0, cut) + before.slice(cut).replace(GLUED_CREDIT, '$1$2 ');
  const p = re.credits.atEnd(glued);
  if (!p) return null;
  const caption = glued.slice(0, glued.length - p.length);
  return { caption, credit };
}

/** "… (Foto Ansa)", "…候车。（记者 李明 摄）": a credit in brackets at the end. */
function creditInBrackets(text: string, re: Patterns): { caption: string; credit: string } | null {
  const full = text.endsWith('）');
  if (!full && !text.endsWith(')')) return null;
  const open = text.lastIndexOf(full ? '（' : '(');
  if (open < 0) return null;
  const inner = text.slice(open + 1, -1).trim();
  if (inner.length < 2 || inner.length > 60) return null;
  const lower = inner.toLowerCase();
  const p = lower.length === inner.length ? re.credits.atStart(lower) : null;
  if (p) {
    const rest = inner.slice(p.length).replace(/^\s*[:.]?\s*/u, '');
    return { caption: text.slice(0, open), credit: rest || inner };
  }
  // Reporter credits in full-width brackets are a CJK convention: "(by X)" in English is prose.
  if (full && re.bylines.atStart(lower)) return { caption: text.slice(0, open), credit: inner };
  return null;
}

const PLAIN_KEY = /^[\x20-\x2b\x2d-\x2e\x30-\x3a\x3c-\x7b\x7d\x7e]*$/;

/** "AFP", "Reuters / John Doe", "Getty Images": agency names with at most a photographer. */
function isAgencyLine(agencies: FilteredKeys, key: string): boolean {
  // A printable-ASCII key without separators is one part, and matchKey leaves it as it is.
  if (PLAIN_KEY.test(key)) return agencies.has(key);
  const parts = key.split(/\s*[/|,;]\s*/);
  return parts.length <= 3 && parts.some((p) => agencies.has(matchKey(p)));
}

function creditLine(ctx: Context, i: number, re: Patterns): Found | null {
  const text = ctx.blocks[i]?.text ?? '';
  const f = ctx.feats[i];
  if (!f || f.words > MAX_CAPTION_WORDS) return null;
  if (mayOpenCopyright(text) && COPYRIGHT_START.test(text)) {
    const credit = text.replace(COPYRIGHT_START, '');
    // A caption glued to the credit ("© AFP / J. DoePresident X at…"): split where a nearby
    // line repeats it.
    for (let j = Math.max(0, i - NEAR); j <= i + NEAR; j++) {
      const other = j === i ? '' : withoutSuffix(ctx.blocks[j]?.text ?? '', ctx.feats[j]);
      if (other.length >= 10 && credit.endsWith(other) && credit.length > other.length) {
        const c = credit.slice(0, -other.length).trim();
        return { caption: other, credit: c, rule: 'photo-credit', reason: 'a photo credit glued to its caption' };
      }
    }
    return { caption: null, credit, rule: 'photo-credit', reason: 'a photo credit (©)' };
  }
  // Most lines have none of ':', '：', '©': then neither a tail credit nor a tail copyright.
  const marked = hasAny(f, CHARS.colon | CHARS.nonAscii) && CREDIT_MARK.test(text);
  const tailCopyright = marked && text.includes('©') ? /^(.{10,}?)\s*©\s*([^©]{2,60})$/u.exec(text) : null;
  if (tailCopyright?.[2] && tailCopyright[2].split(/\s+/).length <= 6) {
    return {
      caption: cleanCaption(tailCopyright[1] ?? ''),
      credit: tailCopyright[2].trim(),
      rule: 'image-caption',
      reason: 'a caption ending with its photo credit',
    };
  }
  const rest = creditAtStart(text, re);
  if (rest !== null) {
    if (f.words <= MAX_CREDIT_WORDS) {
      return { caption: null, credit: rest.trim(), rule: 'photo-credit', reason: 'a photo credit line' };
    }
    // "Foto: EFE / Raúl CaroVista del embalse…": the credit glued before the caption.
    const glue = /\p{Ll}(?=\p{Lu}\p{Ll})/u.exec(rest.slice(0, 80));
    if (glue) {
      const cut = glue.index + 1;
      return {
        caption: rest.slice(cut),
        credit: rest.slice(0, cut),
        rule: 'photo-credit',
        reason: 'a photo credit glued to its caption',
      };
    }
    return null;
  }
  const tail = (marked ? creditAtEnd(text, re) : null) ?? creditInBrackets(text, re);
  if (tail) {
    return {
      caption: cleanCaption(tail.caption),
      credit: tail.credit,
      rule: 'image-caption',
      reason: 'a caption ending with its photo credit',
    };
  }
  if (f.words <= 6 && isAgencyLine(re.agencies, f.key)) {
    return { caption: null, credit: text, rule: 'photo-credit', reason: 'a line naming only a photo or news agency' };
  }
  return null;
}

export function figuresRule(ctx: Context): void {
  const re = patterns(ctx);
  const found = new Map<number, Found>();
  ctx.blocks.forEach((b, i) => {
    const f = ctx.feats[i];
    if (!undecided(ctx, i) || f?.noCreditIn === ctx.book) return;
    // The word count first: the case-insensitive search would scan whole paragraphs that cite a year.
    if ((f?.words ?? 0) <= 40 && hasAny(f, CHARS.digit) && YEAR.test(b.text) && COPYRIGHT_YEAR.test(b.text)) {
      drop(ctx, i, 'copyright', 'a copyright notice');
      return;
    }
    const hit = creditLine(ctx, i, re);
    if (hit) found.set(i, hit);
    else if (f) f.noCreditIn = ctx.book;
  });
  // Alt and caption: the same text on adjacent lines, one of them perhaps with " - Site".
  const captions = new Set([...found.values()].map((f) => matchKey(f.caption ?? '')).filter(Boolean));
  // Keys without the site suffix, computed once per short line (alts and captions are short).
  const stripped: (string | undefined)[] = new Array(ctx.blocks.length);
  const altKeys = ctx.blocks.map((b, i) => {
    const words = ctx.feats[i]?.words ?? 0;
    if (words < 3 || words > MAX_ALT_WORDS + 5) return '';
    const s = withoutSuffix(b.text, ctx.feats[i]);
    stripped[i] = s;
    return s === b.text ? (ctx.feats[i]?.key ?? '') : matchKey(s);
  });
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i) || found.has(i)) return;
    const key = altKeys[i] ?? '';
    if (!key) return;
    const repeatsCaption =
      captions.size > 0 && captions.has(key) && [...found.keys()].some((j) => Math.abs(j - i) <= NEAR);
    let pair = -1;
    for (let j = i + 1; j <= i + 2 && j < ctx.blocks.length; j++) {
      if (undecided(ctx, j) && !found.has(j) && altKeys[j] === key) pair = j;
    }
    // Most lines repeat nothing: their words are not counted.
    if (!repeatsCaption && pair < 0) return;
    const n = countSpaces(key, MAX_ALT_WORDS) + 1;
    if (n < 3 || n > MAX_ALT_WORDS) return;
    const mine = stripped[i] ?? withoutSuffix(b.text, ctx.feats[i]);
    if (repeatsCaption) {
      found.set(i, { caption: mine, credit: null, rule: 'image-alt', reason: 'image alt text repeating the caption' });
    } else if (pair >= 0) {
      const hasSuffix = mine !== b.text;
      // A line shown twice is a figure only with a credit beside it or a " - Site" alt; else it
      // is more often the headline repeated (page title, then h1), which the title finder wants.
      const credited = [...found].some(([j, f]) => f.credit && Math.abs(j - i) <= NEAR + 1);
      const otherSuffix = ctx.feats[pair]?.key !== key;
      if (!hasSuffix && !otherSuffix && !credited) return;
      const alt: Found = {
        caption: mine,
        credit: null,
        rule: 'image-alt',
        reason: 'image alt text, repeated as the caption',
      };
      const cap: Found = {
        caption: mine,
        credit: null,
        rule: 'image-caption',
        reason: 'an image caption, repeating its alt text',
      };
      found.set(i, hasSuffix ? alt : cap);
      found.set(pair, hasSuffix ? cap : alt);
    }
  });
  // A credit alone takes the unpunctuated line just above it as its caption.
  for (const [i, f] of [...found]) {
    const prev = ctx.feats[i - 1];
    const text = ctx.blocks[i - 1]?.text ?? '';
    if (f.caption || !prev || found.has(i - 1) || !undecided(ctx, i - 1)) continue;
    if (prev.words >= 3 && prev.words <= 30 && !/[.!?:。！？：…]$/u.test(text)) {
      f.caption = text;
      found.set(i - 1, {
        caption: text,
        credit: null,
        rule: 'image-caption',
        reason: 'an unpunctuated line above a photo credit',
      });
    }
  }
  // Lines of one figure stand within a few lines of each other: one image per group.
  let group: { last: number; caption: string | null; credit: string | null } | null = null;
  const flush = () => {
    if (group && (group.caption || group.credit)) ctx.images.push({ caption: group.caption, credit: group.credit });
  };
  for (const i of [...found.keys()].sort((a, b) => a - b)) {
    const f = found.get(i);
    if (!f) continue;
    const role = f.rule === 'photo-credit' ? 'credit' : 'caption';
    drop(ctx, i, f.rule, f.reason, role);
    if (
      !group ||
      i - group.last > NEAR ||
      (group.credit && f.credit) ||
      (group.caption && f.caption && matchKey(group.caption) !== matchKey(f.caption))
    ) {
      flush();
      group = { last: i, caption: null, credit: null };
    }
    group.last = i;
    group.caption ??= f.caption;
    group.credit ??= f.credit;
  }
  flush();
}
