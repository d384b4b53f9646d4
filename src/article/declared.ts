import { headlineKey } from '../text/headline.js';
import { CJK_CHAR } from '../text/scripts.js';
import type { ClassifiedBlock, DeclaredMetadata } from '../types.js';
import { unglueBy } from './byline.js';
import { parseDate, parseDateLine } from './date.js';

// Weighing what an HTML page declares (JSON-LD, OpenGraph, <title>, <html lang>) against what
// its visible text shows. Declarations are often partial (a truncated headline), stale (the
// update date) or about something else (the publisher as author), so each is checked.

const SEPARATOR = /\s+(?:[|–—·•»«›‹:~]|-|::|\/\/)\s+|\s*[｜]\s*|\s+[|»«›]$/gu;

const SITE_MAX_WORDS = 4;
// Other ends of a <title> that name no site: a page number ("Seite 34", "Part 2"), a second
// headline cut short ("Alles hat seine Zeit…"); a byline ("By Jane") is told by the phrase files.
const NOT_A_SITE = /^\p{L}+ \d+$|(?:…|\.\.\.)$/u;

/**
 * "Headline :: Site" in the <title> whose headline the page shows: the other end is the site's
 * name (the page declares none, and its footer may not name it plainly).
 */
export function siteFromTitle(
  documentTitle: string | null,
  headlines: readonly string[],
  bylinePrefixes: readonly string[],
): string | null {
  if (!documentTitle || !headlines.length) return null;
  // Chinese sites join the parts with "_": "标题_本地新闻_澄湖晚报".
  const parts = documentTitle
    .split(CJK_CHAR.test(documentTitle) ? TITLE_PARTS_CJK : SEPARATOR)
    .map((p) => p?.trim())
    .filter((p): p is string => !!p);
  if (parts.length < 2) return null;
  const keys = headlines.map(headlineKey).filter(Boolean);
  const isHeadline = (p: string) => keys.includes(headlineKey(p));
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  // Pages also show their name in a heading (the logo's <h1>): of two ends shown, the shorter
  // is the site.
  const headFirst = isHeadline(first) && (!isHeadline(last) || wordsIn(last) < wordsIn(first));
  const headLast = !headFirst && isHeadline(last) && (!isHeadline(first) || wordsIn(first) < wordsIn(last));
  const site = headFirst ? last : headLast ? first : null;
  if (!site || wordsIn(site) > SITE_MAX_WORDS || NOT_A_SITE.test(site)) return null;
  const lower = site.toLowerCase();
  return bylinePrefixes.some((p) => lower.startsWith(`${p} `)) ? null : site;
}

const FURNITURE = new Set(['markup:landmark', 'markup:class']);

const TITLE_PARTS_CJK = new RegExp(`${SEPARATOR.source}|_`, 'gu');

const wordsIn = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** "Headline | Site" → "Headline", when a part names the site or the rest is clearly the headline. */
export function stripTitleSite(title: string, siteName: string | null): string {
  // Parts as [start, end) ranges of the original, so that what is kept is the text as written.
  const parts: [number, number][] = [];
  let from = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    parts.push([from, m.index]);
    from = m.index + m[0].length;
  }
  parts.push([from, title.length]);
  const real = parts.filter(([a, b]) => b > a);
  if (real.length < 2) return title.slice(real[0]?.[0] ?? 0, real[0]?.[1] ?? title.length) || title;
  const text = ([a, b]: [number, number]) => title.slice(a, b);
  const site = siteName ? headlineKey(siteName) : '';
  const isSite = (p: [number, number]) => {
    const t = headlineKey(text(p));
    return !!site && !!t && (t === site || t.includes(site) || site.includes(t));
  };
  let keep = real;
  if (site && isSite(real[real.length - 1] as [number, number])) keep = real.slice(0, -1);
  else if (site && isSite(real[0] as [number, number])) keep = real.slice(1);
  else {
    // "A long headline - Short Site": the last part is short and the rest reads as a headline.
    const last = real[real.length - 1] as [number, number];
    const head = real.slice(0, -1);
    if (wordsIn(text(last)) <= 5 && wordsIn(head.map(text).join(' ')) >= 2) keep = head;
  }
  const first = keep[0];
  const lastKept = keep[keep.length - 1];
  return first && lastKept ? title.slice(first[0], lastKept[1]).trim() : title;
}

/** The headline: the confirmed heading that covers most of its declaration, else the best declaration. */
export function declaredTitle(
  declared: DeclaredMetadata,
  blocks: ClassifiedBlock[],
  confirmed: readonly number[],
  siteName: string | null,
): { title: string; at: number | null; siteOnly?: boolean } | null {
  const claims = [declared.title, declared.documentTitle].filter((t): t is string => !!t);
  // Of the headings a declaration confirms, the longest (a site name in the h1 also "agrees"
  // with "Headline - Site Name"); those in the page's furniture (a <header> repeating the
  // <title>) only when the article's own is much shorter (a tag or a name, not the headline).
  const longest = (among: readonly number[]) => {
    let at: number | null = null;
    for (const i of among) if (at === null || (blocks[i]?.text.length ?? 0) > (blocks[at]?.text.length ?? 0)) at = i;
    return at;
  };
  const all = longest(confirmed);
  const inText = longest(confirmed.filter((i) => !FURNITURE.has(blocks[i]?.rule ?? '')));
  const at =
    inText !== null && (blocks[inText]?.text.length ?? 0) * 2 >= (blocks[all ?? inText]?.text.length ?? 0)
      ? inText
      : all;
  const heading = at === null ? undefined : blocks[at];
  if (at !== null && heading) {
    // "Headline | Other Site" or "Headline 02.02.2022 • Category" in the <h1>, where a
    // declaration gives the headline alone: the declaration is the headline.
    const shorter = claims.find(
      (c) =>
        c.length < heading.text.length &&
        heading.text.startsWith(c) &&
        wordsIn(c) >= 2 &&
        !/(?:…|\.\.\.)$/.test(c) &&
        /^\s*(?:[|–—•·:/-]|\d)/u.test(heading.text.slice(c.length)),
    );
    return { title: shorter ?? heading.text, at };
  }
  const best = declared.title ?? declared.documentTitle;
  if (!best) return null;
  // A JSON-LD headline cut short ("…") defers to a longer declaration that starts the same way.
  const longer = claims.find(
    (c) => c.length > best.length && headlineKey(c).startsWith(headlineKey(best).replace(/ *…$/u, '')),
  );
  const title = stripTitleSite(longer ?? best, siteName);
  return { title, at: null, siteOnly: namesSite(title, siteName, declared.url) };
}

const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A declared title that only names the site ("Acme Energy" on acme-energy.com, "Law Office Roe"
 * on lawofficeroe.de): home-page <title>s that article pages inherit. The headline in the text
 * is then the better title.
 */
export function namesSite(title: string, siteName: string | null, url: string | null): boolean {
  const t = letters(title.replace(/\.[a-z]{2,6}$/i, ''));
  if (!t) return false;
  if (siteName && letters(siteName) === t) return true;
  const host = url ? /^https?:\/\/(?:www\d?\.)?([^/:?#]+)/i.exec(url)?.[1] : undefined;
  if (!host) return false;
  // The registered name: "fire-brigade-town" of fire-brigade-town.de, "acme" of acme.com.
  const labels = host.split('.');
  const name = letters(labels.length > 1 ? (labels[labels.length - 2] ?? '') : host);
  return name.length >= 3 && (t === name || (t.startsWith(name) && name.length >= t.length * 0.6));
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|[-_]|$)/;

/** A date in the page's address ("/2020/01/13/slug"), as blogs and news sites write them. */
export function urlDate(url: string | null): string | null {
  const m = url ? URL_DATE.exec(url) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** A declared date as YYYY-MM-DD, in the page's own time zone (the date as written). */
export function declaredDate(value: string | null): string | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return parseDate(value, true);
}

/** The first visible date line (marked by class or id) that holds a date. */
export function markedDate(texts: readonly string[]): string | null {
  for (const t of texts) {
    const d = parseDateLine(t);
    if (d) return d;
  }
  return null;
}

const BYLINE_MAX_CHARS = 100;

/** A declared author, without its "By", unless it is a link. */
export function declaredByline(value: string | null, prefixes: readonly string[]): string | null {
  if (!value) return null;
  let raw = value;
  const lower = raw.toLowerCase();
  // The page's language's byline words ("بقلم:", "Von", "Текст:"), from the phrase files.
  const prefix = prefixes.find((p) => p && lower.startsWith(p) && /[\s:：]/u.test(raw.charAt(p.length) || ':'));
  if (prefix) raw = raw.slice(prefix.length).replace(/^[\s:：]+/u, '');
  // Measured on the corpus: pages name desks ("Redaktion"), pseudonyms and the site itself
  // (a local TV station's name, a blogger's own name in the copyright line) as authors, and the reference
  // answers keep them, so any short non-link value counts.
  // "von Redaktion, " before the date the markup kept apart: no trailing separator.
  const v = unglueBy(raw, prefixes)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[,;|·•]+$/u, '');
  if (!v || v.length > BYLINE_MAX_CHARS || /^(?:https?:|www\.)/i.test(v) || !/\p{L}/u.test(v)) return null;
  // A byline word alone ("By"): its name was a link the page did not fill.
  if (prefixes.includes(v.toLowerCase())) return null;
  return v;
}

/** The value of a meta pair whose label is a byline word of the page's language ("Written by", "Verfasst von"). */
export function labelledByline(pairs: readonly { label: string; value: string }[], prefixes: string[]): string | null {
  for (const { label, value } of pairs) {
    const l = label.toLowerCase().replace(/[\s:：]+$/u, '');
    if (prefixes.some((p) => p && (l === p || l.endsWith(` ${p}`)))) return declaredByline(value, prefixes);
  }
  return null;
}

// Below this much text, detection is a guess and the page's declaration is the better evidence.
const DETECTION_MIN_CHARS = 200;

/** The language: the detection when the text is long enough to tell, else the declaration. */
export function reconcileLang(declared: string | null, detected: string, textLength: number): string {
  const primary = declared?.toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return detected;
  if (detected === 'und' || textLength < DETECTION_MIN_CHARS) return primary;
  return detected;
}
