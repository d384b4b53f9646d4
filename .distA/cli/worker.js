import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/batch/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/batch/task.ts
import { closeSync, fstatSync, openSync, readFileSync as readFileSync4 } from "node:fs";

// src/cli/errors.ts
var UserError = class extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
    this.name = "UserError";
  }
  exitCode;
};
var CODES = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENOSPC: "no space left on the device",
  EROFS: "read-only file system",
  EMFILE: "too many open files",
  ELOOP: "symbolic link loop"
};
function describeError(err) {
  if (err instanceof UserError) return err.message;
  const code = err?.code;
  if (code && CODES[code]) return CODES[code];
  if (err instanceof Error) return err.message.split("\n")[0] ?? "unknown error";
  return String(err);
}

// src/decode/errors.ts
var InputError = class extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
    this.name = "InputError";
  }
  kind;
};
var DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
function tooLarge(size, maxBytes) {
  return new InputError("too-large", `input is larger than the limit of ${maxBytes} bytes (${size}; see --max-bytes)`);
}

// src/lang/detect.ts
import { existsSync as existsSync2 } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// src/data/location.ts
import { existsSync } from "node:fs";
var dir;
function dataDir() {
  if (dir) return dir;
  for (const rel of ["./", "./data/", "../data/"]) {
    const candidate2 = new URL(rel, import.meta.url);
    if (existsSync(new URL("agencies.json", candidate2))) {
      dir = candidate2;
      return dir;
    }
  }
  throw new Error("clean-article data files not found (agencies.json)");
}

// src/text/words.ts
var WORD = /[\p{L}\p{N}\p{M}_'’-]+/gu;
var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
var ASCII_WORD = /[A-Za-z0-9_'-]+/g;
var NON_ASCII = /[^\x00-\x7f]/;
var BEYOND_LATIN = /[^\x00-\u024f\u2000-\u206f\u20a0-\u20cf]/;
var LATIN_WORD = /[0-9A-Za-z_'\-\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f’]+/g;
function latinText(text) {
  return !BEYOND_LATIN.test(text);
}
function words(text) {
  if (!NON_ASCII.test(text)) return text.match(ASCII_WORD) ?? [];
  return text.match(BEYOND_LATIN.test(text) ? WORD : LATIN_WORD) ?? [];
}
function latinLetters(text, max) {
  let n = 0;
  for (let i = 0; i < text.length && n < max; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const l = c | 32;
      if (l >= 97 && l <= 122) n++;
    } else if (c === 170 || c === 181 || c === 186 || c >= 192 && c <= 591 && c !== 215 && c !== 247) n++;
  }
  return n;
}
function countAsciiWords(text) {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const w = c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 39 || c === 45;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
function countWords(text) {
  return NON_ASCII.test(text) ? words(text).length : countAsciiWords(text);
}
function wordParts(text) {
  const cjk = latinText(text) ? 0 : text.match(CJK)?.length ?? 0;
  if (cjk === 0) return { plain: countWords(text), cjk: 0 };
  return { plain: words(text.replace(CJK, " ")).length, cjk };
}
var partsToCount = (p) => p.plain + Math.ceil(p.cjk / 2);
var SPACE_CHAR = /\s/;
function isSpace(c) {
  if (c === 32 || c >= 9 && c <= 13) return true;
  return c >= 128 && SPACE_CHAR.test(String.fromCharCode(c));
}
function countSpaces(text, upTo = Number.POSITIVE_INFINITY) {
  let n = 0;
  for (let i = text.indexOf(" "); i >= 0 && n < upTo; i = text.indexOf(" ", i + 1)) n++;
  return n;
}
function lastSpace(text) {
  let i = text.length - 1;
  while (i >= 0 && !isSpace(text.charCodeAt(i))) i--;
  return i;
}
function wordCount(text) {
  return partsToCount(wordParts(text));
}
var TERMINAL = ".!?\u2026\u3002\uFF01\uFF1F\u061F\u0964\u1362";
var CLOSING = `"'\u201D\xBB)]\u2019\u300D\u300F`;
var SPACE = /\s/u;
function endsLikeSentence(text) {
  if (text.endsWith("...") || text.endsWith("\u2026")) return false;
  let i = text.length - 1;
  while (i >= 0) {
    const ch = text[i] ?? "";
    if (TERMINAL.includes(ch)) return true;
    if (!CLOSING.includes(ch)) return false;
    i--;
    if (i >= 0 && SPACE.test(text[i] ?? "")) i--;
  }
  return false;
}
var NEEDS_NFKC = /[\u00aa\u00b2-\u00b5\u00b9-\u00be\u2024-\u2026\u2100-\u24ff\u3000-\u33ff\ufb00-\ufb4f\ufe30-\uffef\ud800-\udfff]/;
var COMBINING = new RegExp("\\p{M}", "u");
function isAsciiLower(c) {
  return c >= 97 && c <= 122;
}
function matchKey(text) {
  if (/^[\x20-\x7e]*$/.test(text)) {
    const lower = text.toLowerCase();
    let a = 0;
    let b = lower.length;
    while (a < b && !isAsciiLower(lower.charCodeAt(a))) a++;
    while (b > a && !isAsciiLower(lower.charCodeAt(b - 1))) b--;
    const core = lower.slice(a, b);
    return core.includes("  ") ? core.replace(/ +/g, " ") : core;
  }
  const normalized = NEEDS_NFKC.test(text) || !latinText(text) && COMBINING.test(text) ? text.normalize("NFKC") : text;
  let key = normalized.toLowerCase();
  if (key.includes("\u0307")) key = key.replace(/i\u0307/g, "i");
  if (QUOTES.test(key)) key = key.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  key = trimToLetters(key);
  return NEEDS_SPACE_FOLD.test(key) ? key.replace(/\s+/g, " ") : key;
}
var LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
var wordEndCache = /* @__PURE__ */ new Map();
function endsToken(c) {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 || c >= 48 && c <= 57 || c === 39 || c === 45;
  let hit = wordEndCache.get(c);
  if (hit === void 0) {
    hit = LETTER_OR_NUMBER.test(String.fromCodePoint(c));
    wordEndCache.set(c, hit);
  }
  return hit;
}
function trimTokenEnd(text) {
  let end = text.length;
  while (end > 0) {
    const low = text.charCodeAt(end - 1);
    const pair = low >= 56320 && low <= 57343 && end >= 2 && (text.charCodeAt(end - 2) & 64512) === 55296;
    const start = pair ? end - 2 : end - 1;
    if (endsToken(text.codePointAt(start) ?? 0)) break;
    end = start;
  }
  return end === text.length ? text : text.slice(0, end);
}
var QUOTES = /[‘’ʼ`´“”«»„]/;
var SINGLE_QUOTES = /[‘’ʼ`´]/g;
var DOUBLE_QUOTES = /[“”«»„]/g;
var NEEDS_SPACE_FOLD = /\s\s|[^\S ]/;
var LETTER_CHAR = new RegExp("\\p{L}", "u");
var letterCache = /* @__PURE__ */ new Map();
function isLetterAt(text, i) {
  const c = text.codePointAt(i) ?? 0;
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90;
  let hit = letterCache.get(c);
  if (hit === void 0) {
    hit = LETTER_CHAR.test(String.fromCodePoint(c));
    letterCache.set(c, hit);
  }
  return hit;
}
function trimToLetters(text) {
  let a = 0;
  while (a < text.length && !isLetterAt(text, a)) a += (text.codePointAt(a) ?? 0) > 65535 ? 2 : 1;
  if (a >= text.length) return "";
  let b = text.length;
  for (; ; ) {
    const low = text.charCodeAt(b - 1);
    const high = b >= 2 ? text.charCodeAt(b - 2) : 0;
    const start = low >= 56320 && low <= 57343 && high >= 55296 && high <= 56319 ? b - 2 : b - 1;
    if (isLetterAt(text, start)) break;
    b = start;
  }
  return a === 0 && b === text.length ? text : text.slice(a, b);
}
function headlineLike(text, words2, sentence) {
  return words2 >= 3 && words2 <= 25 && !sentence && !/[:,;]$/.test(text);
}

// src/lang/franc-languages.ts
var FRANC_LANGUAGES = /* @__PURE__ */ new Set([
  "arb",
  "azj",
  "bel",
  "bho",
  "bos",
  "bul",
  "ceb",
  "ces",
  "ckb",
  "deu",
  "eng",
  "fra",
  "fuv",
  "hau",
  "hin",
  "hms",
  "hnj",
  "hrv",
  "hun",
  "ibo",
  "ilo",
  "ind",
  "ita",
  "jav",
  "kaz",
  "kin",
  "koi",
  "lin",
  "mad",
  "mag",
  "mai",
  "mar",
  "nld",
  "npi",
  "nya",
  "pbu",
  "pes",
  "plt",
  "pol",
  "por",
  "qug",
  "ron",
  "run",
  "rus",
  "skr",
  "som",
  "spa",
  "srp",
  "sun",
  "swe",
  "swh",
  "tgl",
  "tur",
  "ukr",
  "urd",
  "uzn",
  "vie",
  "yor",
  "zlm",
  "zul",
  "zyb"
]);

// src/lang/iso639.ts
var TO_ISO1 = {
  afr: "af",
  amh: "am",
  arb: "ar",
  ara: "ar",
  azj: "az",
  aze: "az",
  bel: "be",
  ben: "bn",
  bos: "bs",
  bul: "bg",
  cat: "ca",
  ces: "cs",
  ckb: "ku",
  cmn: "zh",
  zho: "zh",
  cym: "cy",
  dan: "da",
  deu: "de",
  ell: "el",
  eng: "en",
  epo: "eo",
  est: "et",
  ekk: "et",
  eus: "eu",
  fin: "fi",
  fra: "fr",
  fuv: "ff",
  gle: "ga",
  glg: "gl",
  guj: "gu",
  hau: "ha",
  heb: "he",
  hin: "hi",
  hrv: "hr",
  hun: "hu",
  hye: "hy",
  ibo: "ig",
  ind: "id",
  isl: "is",
  ita: "it",
  jav: "jv",
  jpn: "ja",
  kan: "kn",
  kat: "ka",
  kaz: "kk",
  khk: "mn",
  khm: "km",
  kin: "rw",
  kir: "ky",
  kor: "ko",
  lao: "lo",
  lin: "ln",
  lit: "lt",
  lvs: "lv",
  lav: "lv",
  mal: "ml",
  mar: "mr",
  mkd: "mk",
  mlt: "mt",
  mya: "my",
  nld: "nl",
  nno: "nn",
  nob: "nb",
  nor: "no",
  npi: "ne",
  nya: "ny",
  ory: "or",
  pan: "pa",
  pbu: "ps",
  pes: "fa",
  fas: "fa",
  plt: "mg",
  pol: "pl",
  por: "pt",
  ron: "ro",
  run: "rn",
  rus: "ru",
  sin: "si",
  slk: "sk",
  slv: "sl",
  sna: "sn",
  som: "so",
  spa: "es",
  als: "sq",
  sqi: "sq",
  srp: "sr",
  sun: "su",
  swe: "sv",
  swh: "sw",
  swa: "sw",
  tam: "ta",
  tel: "te",
  tgk: "tg",
  tgl: "tl",
  tha: "th",
  tir: "ti",
  tuk: "tk",
  tur: "tr",
  uig: "ug",
  ukr: "uk",
  urd: "ur",
  uzn: "uz",
  uzb: "uz",
  vie: "vi",
  xho: "xh",
  yor: "yo",
  zlm: "ms",
  zsm: "ms",
  msa: "ms",
  zul: "zu"
};
var TO_ISO3 = {};
for (const [three, one] of Object.entries(TO_ISO1)) TO_ISO3[one] ??= three;
function toIso1(code3) {
  return TO_ISO1[code3] ?? code3;
}
function toIso3(code) {
  const primary = code.toLowerCase().split(/[-_]/)[0] ?? "";
  if (primary.length === 2) return TO_ISO3[primary] ?? "und";
  return primary.length === 3 ? primary : "und";
}

// src/lang/detect.ts
var MIN_DETECT_CHARS = 100;
var STOPWORDS_SETTLE = 0.25;
var CLEAR_MARGIN = 0.5;
var SAMPLE_CHARS = 1200;
var UNDETERMINED = { lang: "und", lang3: "und" };
function francKnows(code3) {
  return FRANC_LANGUAGES.has(code3);
}
var francFn;
function franc(text, options) {
  if (!francFn) {
    const require3 = createRequire(import.meta.url);
    const bundle = new URL(FRANC_BUNDLE, dataDir());
    const mod = existsSync2(bundle) ? require3(fileURLToPath(bundle)) : require3("franc-min");
    francFn = mod.franc;
  }
  return francFn(text, options);
}
var FRANC_BUNDLE = "franc-min.cjs";
function hasNonSpace(text, n) {
  let count = 0;
  for (let i = 0; i < text.length && count < n; i++) if (!isSpace(text.charCodeAt(i))) count++;
  return count >= n;
}
function detectLanguage(text, hint, candidates = []) {
  if (hint && hint !== "auto") {
    const lang32 = toIso3(hint);
    if (lang32 !== "und") return { lang: toIso1(lang32), lang3: lang32 };
  }
  if (!hasNonSpace(text, MIN_DETECT_CHARS)) return UNDETERMINED;
  const top = candidates[0];
  if (top && top.coverage >= STOPWORDS_SETTLE && !francKnows(toIso3(top.lang))) {
    return { lang: top.lang, lang3: toIso3(top.lang) };
  }
  const second = candidates[1];
  if (top && top.coverage >= STOPWORDS_SETTLE && (!second || second.coverage < top.coverage * CLEAR_MARGIN)) {
    return { lang: top.lang, lang3: toIso3(top.lang) };
  }
  text = text.slice(0, SAMPLE_CHARS);
  const only = candidates.map((c) => toIso3(c.lang)).filter(francKnows);
  let lang3 = only.length ? franc(text, { minLength: MIN_DETECT_CHARS, only }) : "und";
  if (lang3 === "und") lang3 = franc(text, { minLength: MIN_DETECT_CHARS });
  if (lang3 === "und") return UNDETERMINED;
  return { lang: toIso1(lang3), lang3 };
}

// src/text/prefixes.ts
var FIRST_WORD = /^[\p{L}\p{M}\p{N}'’-]+/u;
var UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
var LETTER = /[\p{L}\p{N}]/u;
var PrefixSet = class {
  byFirst = /* @__PURE__ */ new Map();
  all;
  /** The first character of every phrase. */
  firstChars = /* @__PURE__ */ new Set();
  /** The first two characters of every longer phrase, and the one-character phrases. */
  openings = /* @__PURE__ */ new Set();
  /** Length of the longest phrase: only that much of a line is ever lowercased. */
  maxLength;
  /** `phrases` lowercased; for CJK ones (no spaces) the first character is the index key. */
  constructor(phrases) {
    this.all = new Set([...phrases].filter(Boolean));
    this.maxLength = Math.max(0, ...[...this.all].map((p) => p.length));
    for (const p of this.all) {
      this.firstChars.add(p[0] ?? "");
      this.openings.add(p.slice(0, 2));
      const key = UNSPACED.test(p[0] ?? "") ? p[0] ?? "" : p.split(" ")[0] ?? "";
      const list2 = this.byFirst.get(key) ?? [];
      list2.push(p);
      this.byFirst.set(key, list2);
    }
    for (const list2 of this.byFirst.values()) list2.sort((a, b) => b.length - a.length);
  }
  has(phrase) {
    return this.all.has(phrase);
  }
  /** The opening of `text`, lowercased, long enough for any phrase (and the character after it). */
  head(text) {
    return text.slice(0, this.maxLength + 1).toLowerCase();
  }
  /**
   * Whether a text whose first character lowercases to `first` can start with a phrase: most
   * lines are ruled out before their opening is lowercased and split.
   */
  mayStartWith(first) {
    return this.firstChars.has(first);
  }
  /** The longest phrase that `lower` starts with, ending at a word boundary (CJK: anywhere). */
  atStart(lower) {
    if (!this.openings.has(lower.slice(0, 2)) && !this.openings.has(lower[0] ?? "")) return null;
    const word = FIRST_WORD.exec(lower)?.[0] ?? "";
    return this.startIn(lower, this.byFirst.get(word)) ?? this.startIn(lower, this.byFirst.get(lower[0] ?? ""));
  }
  startIn(lower, list2) {
    for (const p of list2 ?? []) {
      if (!lower.startsWith(p)) continue;
      const next = lower[p.length] ?? "";
      if (!next || !LETTER.test(next) || UNSPACED.test(p)) return p;
    }
    return null;
  }
  /**
   * The phrase made of the last one to four words of `text` (lowercased), if any. Read from the
   * end, word by word, and only as far as the longest phrase reaches: lines can be paragraphs.
   */
  atEnd(text) {
    const last = [];
    let joined = -1;
    let i = text.length;
    while (last.length < 4) {
      while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
      if (i === 0) break;
      let j = i;
      while (j > 0 && !isSpace(text.charCodeAt(j - 1))) j--;
      const word = text.slice(j, i).toLowerCase();
      joined += word.length + 1;
      if (joined > this.maxLength) break;
      last.unshift(word);
      i = j;
    }
    for (let k = last.length; k >= 1; k--) {
      const cand = k === 1 ? last[last.length - 1] ?? "" : last.slice(-k).join(" ");
      if (this.all.has(cand)) return cand;
    }
    return null;
  }
};

// src/article/byline.ts
var PARTICLES = /* @__PURE__ */ new Set([
  "van",
  "von",
  "der",
  "de",
  "da",
  "di",
  "del",
  "la",
  "le",
  "du",
  "al",
  "el",
  "bin",
  "ibn",
  "y",
  "e",
  "and",
  "und",
  "et",
  "i",
  "\u0438",
  "ve",
  "ja",
  "och",
  "og"
]);
function looksLikeName(name) {
  const ws = name.split(/\s+/).filter(Boolean);
  if (ws.length === 0 || ws.length > 8) return false;
  if (!/[\p{Lu}\p{Ll}]/u.test(name)) return name.length <= 40;
  return ws.every((w) => /^[\p{Lu}\d]/u.test(w) || PARTICLES.has(w.toLowerCase()));
}
var sets = /* @__PURE__ */ new WeakMap();
function prefixSet(prefixes) {
  let set = sets.get(prefixes);
  if (!set) {
    set = new PrefixSet(prefixes);
    sets.set(prefixes, set);
  }
  return set;
}
function afterPrefix(t, set) {
  const out = [];
  const lower = t.toLowerCase();
  if (lower.length !== t.length) return out;
  const p = set.atStart(lower);
  if (p) {
    const sep = /^(?:\s*:\s*|\s+)/u.exec(t.slice(p.length));
    if (sep) out.push(t.slice(p.length + sep[0].length));
  }
  for (let colon = t.indexOf(":"); colon > 0; colon = t.indexOf(":", colon + 1)) {
    if (set.atEnd(lower.slice(0, colon)))
      out.push(
        t.slice(colon + 1).trim().split(/\s+(?=\S+:)/u)[0] ?? ""
      );
  }
  return out;
}
function parseByline(text, prefixes) {
  if (text.length > 120) return null;
  const t = text.normalize("NFKC");
  for (const raw of afterPrefix(t, prefixSet(prefixes))) {
    const name = raw.split(/\s*[|•·,;(]\s*|\s+[-–—]\s+|\s+\d/u)[0]?.replace(/[.:]+$/, "").trim();
    if (name && looksLikeName(name)) return name;
  }
  return null;
}

// src/article/date.ts
import { readFileSync } from "node:fs";
var monthIndex;
function months() {
  if (monthIndex) return monthIndex;
  const data = JSON.parse(readFileSync(new URL("months.json", dataDir()), "utf8"));
  monthIndex = /* @__PURE__ */ new Map();
  for (const [lang, list2] of Object.entries(data)) {
    if (lang.startsWith("_") || typeof list2 === "string") continue;
    list2.forEach((forms, m) => {
      for (const f of forms) if (!monthIndex?.has(f)) monthIndex?.set(f, m + 1);
    });
  }
  return monthIndex;
}
function iso(y, m, d) {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
var N = (s) => Number.parseInt(s ?? "", 10);
var MONTH_WORD = String.raw`([^\s\d.,:;/()|-]{2,12}(?:\s[^\s\d.,:;/()|-]{3,7})?)\.?`;
var ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
var CJK2 = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
var NUMERIC = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/;
var DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\.?\s+(?:de\s+)?${MONTH_WORD},?\s+(?:de\s+)?(\d{4})`);
var MONTH_DAY_YEAR = new RegExp(String.raw`${MONTH_WORD}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`);
var YEAR = /\d{4}/;
function month(word) {
  if (!word) return void 0;
  const w = word.toLowerCase();
  return months().get(w) ?? months().get(w.split(/\s/)[0] ?? "");
}
function parseDate(text, monthFirst = false) {
  if (!YEAR.test(text)) return null;
  let m = ISO.exec(text);
  if (m) return iso(N(m[1]), N(m[2]), N(m[3]));
  m = CJK2.exec(text);
  if (m) return iso(N(m[1]), N(m[2]), N(m[3]));
  m = NUMERIC.exec(text);
  if (m) {
    const a = N(m[1]);
    const b = N(m[3]);
    const y = N(m[4]);
    const mdy = a <= 12 && (b > 12 || monthFirst && m[2] === "/");
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

// src/article/declared.ts
var SEPARATOR = /\s+(?:[|–—·•»«›‹:~]|-|::|\/\/)\s+|\s*[｜]\s*|\s+[|»«›]$/gu;
var norm = (s) => s.toLowerCase().replace(/[\p{P}\p{S}]+/gu, " ").replace(/\s+/g, " ").trim();
var wordsIn = (s) => s.split(/\s+/).filter(Boolean).length;
function stripTitleSite(title, siteName) {
  const parts = [];
  let from = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    parts.push([from, m.index]);
    from = m.index + m[0].length;
  }
  parts.push([from, title.length]);
  const real = parts.filter(([a, b]) => b > a);
  if (real.length < 2) return title.slice(real[0]?.[0] ?? 0, real[0]?.[1] ?? title.length) || title;
  const text = ([a, b]) => title.slice(a, b);
  const site = siteName ? norm(siteName) : "";
  const isSite = (p) => {
    const t = norm(text(p));
    return !!site && !!t && (t === site || t.includes(site) || site.includes(t));
  };
  let keep = real;
  if (site && isSite(real[real.length - 1])) keep = real.slice(0, -1);
  else if (site && isSite(real[0])) keep = real.slice(1);
  else {
    const last = real[real.length - 1];
    const head = real.slice(0, -1);
    if (wordsIn(text(last)) <= 5 && wordsIn(head.map(text).join(" ")) >= 2) keep = head;
  }
  const first = keep[0];
  const lastKept = keep[keep.length - 1];
  return first && lastKept ? title.slice(first[0], lastKept[1]).trim() : title;
}
function agrees(visible, declared) {
  const a = norm(visible);
  const b = norm(declared);
  if (!a || !b) return false;
  return a === b || a.length >= 4 && b.includes(a) || b.length >= 12 && a.startsWith(b);
}
var TITLE_LOOKAHEAD = 400;
function declaredTitle(declared, blocks, siteName) {
  const claims = [declared.title, declared.documentTitle].filter((t) => !!t);
  let found = null;
  for (let i = 0; i < Math.min(blocks.length, TITLE_LOOKAHEAD); i++) {
    const b = blocks[i];
    const h = b?.html;
    if (!b || h?.kind !== "heading" || h.level > 3) continue;
    if (claims.some((c) => agrees(b.text, c)) && (!found || b.text.length > found.title.length))
      found = { title: b.text, at: i };
  }
  if (found) return found;
  const best = declared.title ?? declared.documentTitle;
  if (!best) return null;
  const longer = claims.find((c) => c.length > best.length && norm(c).startsWith(norm(best).replace(/ *…$/u, "")));
  return { title: stripTitleSite(longer ?? best, siteName), at: null };
}
var URL_DATE = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|[-_]|$)/;
function urlDate(url) {
  const m = url ? URL_DATE.exec(url) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
function declaredDate(value) {
  if (!value) return null;
  const iso2 = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso2) return `${iso2[1]}-${iso2[2]}-${iso2[3]}`;
  return parseDate(value, true);
}
var BYLINE_MAX_CHARS = 100;
function declaredByline(value, siteName, prefixes = []) {
  if (!value) return null;
  let raw = value;
  const lower = raw.toLowerCase();
  const prefix = prefixes.find((p) => p && lower.startsWith(p) && /[\s:：]/u.test(raw.charAt(p.length) || ":"));
  if (prefix) raw = raw.slice(prefix.length).replace(/^[\s:：]+/u, "");
  const v = raw.replace(/^(?:by|von|par|por|di|door|av|от|автор)\s*:?\s+/iu, "").replace(/\s+/g, " ").trim();
  if (!v || v.length > BYLINE_MAX_CHARS || /^(?:https?:|www\.)/i.test(v) || !new RegExp("\\p{L}", "u").test(v)) return null;
  if (/^(?:by|von|par|por)$/i.test(v)) return null;
  if (siteName && norm(v) === norm(siteName)) return null;
  return v;
}
var DETECTION_MIN_CHARS = 200;
function reconcileLang(declared, detected, textLength) {
  const primary = declared?.toLowerCase().split(/[-_]/)[0] ?? "";
  if (!/^[a-z]{2,3}$/.test(primary)) return detected;
  if (detected === "und" || textLength < DETECTION_MIN_CHARS) return primary;
  return detected;
}

// src/article/words.ts
function blockWords(cls, i) {
  const parts = cls.wordParts[i];
  return parts ? partsToCount(parts) : wordCount(cls.blocks[i]?.text ?? "");
}
function textWords(cls, blocks) {
  let plain = 0;
  let cjk = 0;
  for (const i of blocks) {
    const parts = cls.wordParts[i];
    if (!parts) return wordCount(blocks.map((j) => cls.blocks[j]?.text ?? "").join("\n\n"));
    plain += parts.plain;
    cjk += parts.cjk;
  }
  return partsToCount({ plain, cjk });
}

// src/article/metadata.ts
var BEFORE = 20;
var AFTER = 4;
var MAX_WORDS = 16;
var DATE_LINE_REST = 4;
function claim(b, role, reason) {
  b.keep = false;
  b.role = role;
  b.rule = `metadata:${role}`;
  b.reason = reason;
}
function isDateLine(text, date, prefixes) {
  if (!date) return false;
  const lower = text.toLowerCase();
  if (prefixes.some((p) => lower.startsWith(p))) return true;
  const rest = text.replace(/[\p{N}.,:/\-–|()]+/gu, " ").trim();
  return wordCount(rest) <= DATE_LINE_REST;
}
function claimMetadata(cls, book) {
  const out = { byline: null, published: null };
  if (!cls.region) return out;
  const monthFirst = cls.lang === "en";
  const from = Math.max(0, cls.region.start - BEFORE);
  const to = Math.min(cls.blocks.length - 1, cls.region.start + AFTER);
  const dateLines = [];
  for (let i = from; i <= to; i++) {
    const b = cls.blocks[i];
    if (!b || blockWords(cls, i) > MAX_WORDS) continue;
    if (b.keep && /[.!?]$/.test(b.text) && blockWords(cls, i) > 6) continue;
    if (b.role === "caption" || b.role === "credit") continue;
    const date = parseDate(b.text, monthFirst);
    const name = parseByline(b.text, book.bylinePrefixes);
    if (name) {
      out.byline ??= name;
      if (date) out.published ??= date;
      claim(b, "byline", "the author line");
    } else if (isDateLine(b.text, date, book.datePrefixes)) {
      out.published ??= date;
      dateLines.push(i);
      claim(b, "date", "a publication or update date");
    }
  }
  if (!out.byline) {
    for (const d of dateLines) {
      for (const j of [d - 1, d + 1]) {
        const b = cls.blocks[j];
        if (!b || b.role === "date" || b.role === "byline") continue;
        const n = b.text.split(/\s+/).length;
        if (n >= 2 && n <= 4 && !/[.!?:\d]/.test(b.text) && looksLikeName(b.text) && new RegExp("\\p{Lu}", "u").test(b.text)) {
          out.byline = b.text;
          claim(b, "byline", "a name beside the date line");
          return out;
        }
      }
    }
  }
  return out;
}
function claimStrayMetadata(cls, book) {
  const monthFirst = cls.lang === "en";
  cls.blocks.forEach((b, i) => {
    if (!b.keep || b.role === "title" || blockWords(cls, i) > MAX_WORDS) return;
    if (book.bylinePrefixes.includes(b.text.toLowerCase().replace(/[\s:]+$/u, ""))) {
      claim(b, "byline", "a byline label whose name is not in the text");
      return;
    }
    if (/[.!?]$/.test(b.text) && blockWords(cls, i) > 6) return;
    const date = parseDate(b.text, monthFirst);
    if (isDateLine(b.text, date, book.datePrefixes)) claim(b, "date", "a publication or update date");
  });
}

// src/blocks/html/hints.ts
var NEGATIVE = /* @__PURE__ */ new Set([
  "ads",
  "adv",
  "advert",
  "advertisement",
  "advertising",
  "banner",
  "breadcrumb",
  "breadcrumbs",
  "comment",
  "comments",
  "commentlist",
  "consent",
  "cookie",
  "cookies",
  "disqus",
  "footer",
  "gdpr",
  "masthead",
  "menu",
  "nav",
  "navbar",
  "navigation",
  "newsletter",
  "outbrain",
  "pagination",
  "pager",
  "popular",
  "popup",
  "promo",
  "recommended",
  "recommendations",
  "related",
  "share",
  "shoutbox",
  "signup",
  "skyscraper",
  "sponsor",
  "sponsored",
  "subscribe",
  "subscription",
  "taboola",
  "tags",
  "toolbar",
  "trending",
  "mostread",
  "mostpopular",
  "relatedposts",
  "relatedarticles"
]);
var POSITIVE = /* @__PURE__ */ new Set([
  "articlebody",
  "article-body",
  "articlecontent",
  "article-content",
  "article-text",
  "articletext",
  "entry-content",
  "entrycontent",
  "post-content",
  "postcontent",
  "post-body",
  "postbody",
  "story-body",
  "storybody",
  "story-content",
  "main-content",
  "maincontent",
  "content-body",
  "body-text",
  "article__body",
  "article__content",
  "hentry",
  "h-entry"
]);
var COMMENT_WORDS = /* @__PURE__ */ new Set([
  "comment",
  "comments",
  "commentlist",
  "disqus",
  "comentario",
  "comentarios",
  "commentaire",
  "commentaires",
  "kommentar",
  "kommentare",
  "commento",
  "commenti",
  "comentarios",
  "komentarz",
  "komentarze",
  "reacties",
  "yorum",
  "yorumlar",
  "kommentarii",
  "komentar",
  "komentare",
  "replies",
  "reply",
  "respuesta",
  "respuestas"
]);
var NONE = { negative: null, positive: false, comment: false };
var cache = /* @__PURE__ */ new Map();
var CACHE_MAX = 2e4;
function attributeHints(className, id) {
  if (!className && !id) return NONE;
  const raw = `${className ?? ""} ${id ?? ""}`.toLowerCase();
  const known = cache.get(raw);
  if (known) return known;
  const hints = readHints(raw);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(raw, hints);
  return hints;
}
function readHints(raw) {
  let positive = false;
  let negative = null;
  let comment = false;
  for (const name of raw.split(/\s+/)) {
    if (!name) continue;
    if (POSITIVE.has(name)) positive = true;
    for (const part of name.split(/[-_:.]+/)) {
      if (COMMENT_WORDS.has(part)) {
        comment = true;
        negative ??= "comments";
      }
      if (POSITIVE.has(part)) positive = true;
      else if (negative === null && NEGATIVE.has(part)) negative = part;
    }
    for (const part of name.split("__")) if (POSITIVE.has(part)) positive = true;
  }
  return positive || negative || comment ? { negative, positive, comment } : NONE;
}
var LANDMARK_ROLES = /* @__PURE__ */ new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "dialog",
  "alertdialog",
  "menu",
  "menubar"
]);
var LANDMARK_TAGS = /* @__PURE__ */ new Set(["nav", "footer", "aside", "header", "dialog", "menu"]);

// src/blocks/html/walk.ts
var NO_HINTS = { negative: null, positive: false, comment: false };
var SKIP = /* @__PURE__ */ new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "select",
  "option",
  "button",
  "input",
  "textarea",
  "link",
  "meta",
  "title",
  "map",
  "picture",
  "source"
]);
var BLOCK = /* @__PURE__ */ new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "td",
  "th",
  "caption",
  "ul"
]);
var HEADING = /^h([1-6])$/;
var LINK_OPEN = "\uE000";
var IMAGE_OPEN = "\uE003";
var MARK_MID = "\uE001";
var MARK_CLOSE = "\uE002";
var IMAGE_MARK = /\uE003[^\uE001]*\uE001[^\uE002]*\uE002/gu;
function hidden(el) {
  const a = el.attribs;
  if ("hidden" in a || a["aria-hidden"] === "true") return true;
  const style = a.style;
  return style !== void 0 && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
function kindOf(tag, f) {
  if (HEADING.test(tag)) return "heading";
  if (f.pre) return "code";
  if (tag === "li" || tag === "dd" || tag === "dt") return "li";
  if (tag === "figcaption" || tag === "caption") return "caption";
  if (f.quote) return "quote";
  if (tag === "p") return "p";
  return "other";
}
var PARAGRAPH_LEAVES = /* @__PURE__ */ new Set(["p", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figcaption"]);
function dataRow(tr) {
  const stack = [...tr.children];
  let cells = 0;
  while (stack.length) {
    const n = stack.pop();
    if (n?.type !== "tag") continue;
    const el = n;
    if (el.name === "td" || el.name === "th") cells++;
    else if (BLOCK.has(el.name) && el.name !== "br") return null;
    stack.push(...el.children);
  }
  return cells > 0 ? [] : null;
}
function walk(root) {
  const blocks = [];
  let nextId = 1;
  const containerParent = [0];
  const rootFrame = {
    tag: "#root",
    id: 0,
    negative: null,
    positive: false,
    landmark: null,
    inArticle: false,
    list: null,
    listDepth: -1,
    container: 0,
    quote: false,
    pre: false,
    link: null,
    commentDepth: 0,
    inForm: false,
    row: null
  };
  let buf = { text: "", markdown: "", linkChars: 0 };
  let brRun = 0;
  let owner = rootFrame;
  let tableStart = false;
  let pendingImages = "";
  const flush = () => {
    const text = buf.text.replace(/\s+/g, " ").trim();
    const f = owner;
    const kind = kindOf(f.tag, f);
    if (!text || kind === "caption") {
      for (const m of buf.markdown.matchAll(IMAGE_MARK)) pendingImages += m[0];
    }
    if (text) {
      const level = HEADING.exec(f.tag);
      const hints = {
        kind,
        level: level ? Number(level[1]) : 0,
        list: kind === "li" ? f.list : null,
        listDepth: Math.max(0, f.listDepth),
        linkDensity: Math.min(1, buf.linkChars / text.length),
        negative: f.negative,
        positive: f.positive,
        landmark: f.landmark,
        inArticle: f.inArticle,
        container: f.container,
        commentDepth: f.commentDepth,
        inForm: f.inForm,
        markdown: f.pre ? buf.markdown.replace(/^\n+|\s+$/g, "") : `${kind === "caption" ? "" : pendingImages}${buf.markdown.replace(/\s+/g, " ").trim()}`
      };
      if (kind !== "caption" && !f.pre) pendingImages = "";
      blocks.push({ index: blocks.length, text, line: blocks.length + 1, gapBefore: true, html: hints });
    }
    buf = { text: "", markdown: "", linkChars: 0 };
    brRun = 0;
  };
  const addText = (raw, f) => {
    if (!raw) return;
    if (f.row) {
      buf.text += raw;
      buf.markdown += raw;
      return;
    }
    if (/\S/.test(raw)) brRun = 0;
    buf.text += raw;
    buf.markdown += f.pre ? raw : escapeMarkdown(raw);
    if (f.link !== null) buf.linkChars += raw.replace(/\s+/g, "").length;
  };
  const todo = [{ node: root, frame: rootFrame }];
  while (todo.length) {
    const step = todo.pop();
    if ("close" in step) {
      const f2 = step.close;
      if (step.md) buf.markdown += step.md;
      if (f2.row && step.tag === "tr") {
        const cells = f2.row;
        buf = { text: cells.join(" 	 "), markdown: "", linkChars: buf.linkChars };
        owner = f2;
        flushRow(cells);
        owner = step.restore;
        continue;
      }
      if (step.tag === "td" || step.tag === "th") {
        const parentRow = step.restore.row;
        if (parentRow) {
          parentRow.push(buf.text.replace(/\s+/g, " ").trim());
          buf = { text: "", markdown: "", linkChars: buf.linkChars };
          continue;
        }
      }
      if (BLOCK.has(step.tag)) {
        flush();
        owner = step.restore;
      }
      continue;
    }
    const { node, frame } = step;
    if (node.type === "text") {
      addText(node.data, frame);
      continue;
    }
    if (node.type !== "tag" && node.type !== "root") continue;
    if (node.type === "root") {
      pushChildren(todo, node.children, frame);
      continue;
    }
    const el = node;
    const tag = el.name.toLowerCase();
    if (SKIP.has(tag) || hidden(el)) continue;
    if (tag === "br") {
      brRun++;
      if (brRun >= 2 && !frame.row) flush();
      else {
        buf.text += " ";
        buf.markdown += frame.pre ? "\n" : " ";
      }
      continue;
    }
    if (tag === "img") {
      const src = el.attribs.src ?? el.attribs["data-src"];
      if (src && !frame.row) buf.markdown += `${IMAGE_OPEN}${el.attribs.alt ?? ""}${MARK_MID}${src}${MARK_CLOSE}`;
      continue;
    }
    const f = childFrame(frame, el, tag, (parent) => {
      containerParent.push(parent);
      return nextId++;
    });
    let md = "";
    let open = "";
    if (!f.pre && !frame.row) {
      if (tag === "em" || tag === "i") [open, md] = ["_", "_"];
      else if (tag === "strong" || tag === "b") [open, md] = ["**", "**"];
      else if (tag === "code" || tag === "kbd") [open, md] = ["`", "`"];
    }
    if (tag === "tr" && !frame.row) {
      const row = dataRow(el);
      if (row) {
        flush();
        f.row = row;
        tableStart = !hasPreviousRow(el);
        todo.push({ close: f, tag, restore: owner, md: "" });
        pushChildren(todo, el.children, f);
        continue;
      }
    }
    if ((tag === "td" || tag === "th") && frame.row) {
      buf = { text: "", markdown: "", linkChars: buf.linkChars };
      todo.push({ close: f, tag, restore: frame, md: "" });
      pushChildren(todo, el.children, { ...f, row: null, pre: false });
      continue;
    }
    if (BLOCK.has(tag)) {
      flush();
      todo.push({ close: f, tag, restore: owner, md: "" });
      owner = f;
    } else if (tag === "a" && f.link && !f.pre && !frame.row && !/^(?:javascript:|#)/i.test(f.link)) {
      buf.markdown += LINK_OPEN;
      todo.push({ close: f, tag, restore: owner, md: `${MARK_MID}${f.link}${MARK_CLOSE}` });
    } else if (open) {
      buf.markdown += open;
      todo.push({ close: f, tag, restore: owner, md });
    }
    pushChildren(todo, el.children, f);
  }
  flush();
  return { blocks, containerParent };
  function flushRow(cells) {
    const text = cells.filter(Boolean).join(" | ");
    const f = owner;
    if (text) {
      blocks.push({
        index: blocks.length,
        text,
        line: blocks.length + 1,
        gapBefore: true,
        html: {
          kind: "row",
          level: 0,
          list: null,
          listDepth: 0,
          linkDensity: Math.min(1, buf.linkChars / text.length),
          negative: f.negative,
          positive: f.positive,
          landmark: f.landmark,
          inArticle: f.inArticle,
          container: f.container,
          commentDepth: f.commentDepth,
          inForm: f.inForm,
          markdown: text,
          cells,
          tableStart
        }
      });
    }
    buf = { text: "", markdown: "", linkChars: 0 };
    brRun = 0;
  }
}
function hasPreviousRow(tr) {
  let p = tr.prev;
  while (p) {
    if (p.type === "tag" && p.name === "tr") return true;
    p = p.prev;
  }
  const section = tr.parent;
  if (section && section.type === "tag" && (section.name === "tbody" || section.name === "tfoot")) {
    let s = section.prev;
    while (s) {
      if (s.type === "tag" && (s.name === "thead" || s.name === "tbody")) return true;
      s = s.prev;
    }
  }
  return false;
}
function pushChildren(todo, children, frame) {
  const list2 = todo;
  for (let i = children.length - 1; i >= 0; i--) {
    const c = children[i];
    if (c) list2.push({ node: c, frame });
  }
}
function childFrame(parent, el, tag, id) {
  const hints = tag === "body" || tag === "html" ? NO_HINTS : attributeHints(el.attribs.class, el.attribs.id);
  const role = el.attribs.role?.toLowerCase();
  const itemprop = el.attribs.itemprop?.toLowerCase();
  const articleLike = tag === "article" || tag === "main" || role === "main" || itemprop === "articlebody";
  const inArticle = parent.inArticle || articleLike;
  let landmark = parent.landmark;
  if (LANDMARK_TAGS.has(tag) && !(tag === "header" && inArticle) && !(tag === "form" && inArticle)) landmark = tag;
  else if (role && LANDMARK_ROLES.has(role)) landmark = role;
  const isBlock = BLOCK.has(tag);
  const isContainer = isBlock && !PARAGRAPH_LEAVES.has(tag);
  const newId = isBlock ? id(parent.container) : parent.id;
  return {
    tag: isBlock ? tag : parent.tag,
    id: newId,
    // The nearest hint wins: a newsletter box inside the article body is a newsletter box.
    negative: hints.negative ?? (hints.positive ? null : parent.negative),
    positive: hints.positive || itemprop === "articlebody" || parent.positive && !hints.negative,
    landmark,
    inArticle,
    list: tag === "ul" || tag === "ol" ? tag : parent.list,
    listDepth: tag === "ul" || tag === "ol" ? parent.listDepth + 1 : parent.listDepth,
    container: isContainer ? newId : parent.container,
    quote: parent.quote || tag === "blockquote",
    pre: parent.pre || tag === "pre",
    link: tag === "a" ? el.attribs.href ?? "" : parent.link,
    commentDepth: parent.commentDepth + (hints.comment ? 1 : 0),
    inForm: parent.inForm || tag === "form",
    row: null
  };
}
var MD_SPECIAL = /([\\`*_[\]])/g;
function escapeMarkdown(s) {
  return s.replace(MD_SPECIAL, "\\$1");
}

// src/article/structure.ts
var LINK = new RegExp(
  `${LINK_OPEN}([^${LINK_OPEN}${MARK_MID}${MARK_CLOSE}]*)${MARK_MID}([^${MARK_CLOSE}]*)${MARK_CLOSE}`,
  "gu"
);
var IMAGE = new RegExp(`${IMAGE_OPEN}([^${MARK_MID}]*)${MARK_MID}([^${MARK_CLOSE}]*)${MARK_CLOSE}`, "gu");
var STRAY = new RegExp(`[${LINK_OPEN}${MARK_MID}${MARK_CLOSE}${IMAGE_OPEN}]`, "gu");
var LEADING_IMAGES = /^(?:!\[[^\]]*\]\([^)]*\)\s*)+(?=\S)/u;
var urlPart = (u) => u.replace(/[\s()]/g, (c) => encodeURIComponent(c));
function finishInline(md, links, images) {
  return md.replace(IMAGE, (_, alt, src) => images ? `![${alt.trim()}](${urlPart(src)})` : "").replace(LINK, (_, text, href) => links && text.trim() ? `[${text}](${urlPart(href)})` : text).replace(STRAY, "").replace(/[ \t]{2,}/g, " ").trim();
}
function structureOf(kept, links, images) {
  return kept.map((b) => {
    const h = b.html;
    if (!h) return { kind: "p", level: 0, list: null, depth: 0, markdown: b.text };
    let markdown = h.kind === "code" ? h.markdown.replace(STRAY, "") : finishInline(h.markdown, links, images);
    if (images && (h.kind === "p" || h.kind === "other"))
      markdown = markdown.replace(LEADING_IMAGES, (m) => `${m.trim()}

`);
    const s = {
      kind: h.kind,
      level: h.level,
      list: h.list,
      depth: h.listDepth,
      markdown: markdown || b.text
    };
    if (h.cells) s.cells = h.cells;
    if (h.tableStart) s.tableStart = true;
    return s;
  });
}
var MIN_COMMENT_WORDS = 3;
function commentsOf(blocks) {
  const out = [];
  for (const b of blocks) {
    const h = b.html;
    if (!h || b.keep || h.commentDepth < 2 || h.inForm || h.kind === "heading") continue;
    if (wordCount(b.text) < MIN_COMMENT_WORDS || !(endsLikeSentence(b.text) || wordCount(b.text) >= 12)) continue;
    out.push(b.text);
  }
  return out;
}

// src/classify/site-name.ts
var SUFFIX = /\s+[-–—|·:]{1,2}\s+([^-–—|·]{2,40})$/u;
var SUFFIX_SPAN = 48;
var COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)/iu;
var YEARS = /\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b/gu;
var HEADER_LINES = 15;
var FOOTER_LINES = 40;
function siteTail(site) {
  return new RegExp(`\\s*[-\u2013\u2014|\xB7:]{1,2}\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "u");
}
function suffixOf(text) {
  const m = SUFFIX.exec(text.length > SUFFIX_SPAN ? text.slice(-SUFFIX_SPAN) : text);
  if (!m?.[1]) return null;
  const name = m[1].trim();
  if (name.split(/\s+/).length > 5 || /[.!?]$/.test(name) || !/^[\p{Lu}\p{N}\p{Lo}]/u.test(name)) return null;
  return name;
}
function copyrightHolder(text, book) {
  const at = text.search(COPYRIGHT);
  if (at < 0 || text.length > 200) return null;
  const lower = text.toLowerCase();
  if (!/\b(?:19|20)\d{2}\b/u.test(text) && !book.legal.some((p) => lower.includes(p))) return null;
  let rest = text.slice(at).replace(/^(?:©|\(c\)|copyright)\s*/iu, "").replace(/^copyright\s*/iu, "").replace(YEARS, " ").trim();
  const key = rest.toLowerCase();
  for (const phrase of book.legal) {
    const i = key.indexOf(phrase);
    if (i >= 0) rest = rest.slice(0, i);
  }
  const name = rest.split(/\.\s|\.$|\s[-–—|]\s|[|,;]/u)[0]?.replace(/^[\s\-–—.,:]+|[\s\-–—.,:]+$/gu, "").trim();
  if (!name || name.split(/\s+/).length > 6 || !/^[\p{Lu}\p{N}\p{Lo}]/u.test(name)) return null;
  return name;
}
function inferSiteName(blocks, book) {
  const counts = /* @__PURE__ */ new Map();
  for (const b of blocks) {
    if (b.text.length > 200) continue;
    const name = suffixOf(b.text);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = null;
  let bestN = 1;
  for (const [name, n] of counts) {
    if (n > bestN) {
      best = name;
      bestN = n;
    }
  }
  if (best) return best;
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - FOOTER_LINES); i--) {
    const holder = copyrightHolder(blocks[i]?.text ?? "", book);
    if (!holder) continue;
    const hk = matchKey(holder);
    let header = null;
    for (const head of blocks.slice(0, HEADER_LINES)) {
      const k = matchKey(head.text);
      const prefixes = (a, b) => a === b || a.startsWith(`${b} `) || new RegExp("\\p{Lo}", "u").test(b) && a.startsWith(b);
      if (k.length >= 3 && head.text.split(" ").length <= 5 && (prefixes(hk, k) || prefixes(k, hk))) {
        if (!header || head.text.length > header.length) header = head.text;
      }
    }
    return header ?? holder;
  }
  return null;
}

// src/article/title.ts
var LOOK_BACK = 30;
var STANDFIRST_BELOW = 2;
var POSITIONAL = /* @__PURE__ */ new Set(["outside-article", "site-suffix", "duplicate", "short-line", "low-content"]);
function candidate(cls, i) {
  const b = cls.blocks[i];
  if (!b) return false;
  if (b.role === "byline" || b.role === "date") return false;
  if (!b.keep && !POSITIONAL.has(b.rule)) return false;
  if (b.keep && b.role !== "heading" && b.role !== "paragraph") return false;
  const words2 = blockWords(cls, i);
  const sentence = /[.…]$/.test(b.text) && !/[?!]$/.test(b.text);
  return headlineLike(b.text, words2, sentence) || words2 >= 2 && words2 <= 30 && /[?!]$/.test(b.text);
}
function findTitle(cls) {
  const { blocks, region } = cls;
  if (!region) return null;
  const first = blocks[region.start];
  if (first?.keep && candidate(cls, region.start)) {
    for (let i = region.start - 1; i >= Math.max(0, region.start - STANDFIRST_BELOW); i--) {
      if (candidate(cls, i)) return i;
    }
    return region.start;
  }
  for (let i = region.start - 1; i >= Math.max(0, region.start - LOOK_BACK); i--) {
    if (candidate(cls, i)) return i;
  }
  return null;
}
function stripSiteName(title, siteName) {
  if (!siteName) return title;
  const stripped = title.replace(siteTail(siteName), "");
  return stripped || title;
}

// src/article/assemble.ts
var LEAD_MIN_WORDS = 8;
function keepLead(cls, titleAt) {
  const b = cls.blocks[titleAt + 1];
  if (!b || b.keep || b.rule !== "outside-article") return;
  const subtitle = b.html?.kind === "heading" && (b.html.level ?? 0) > 1;
  if (!(subtitle || /[.!?。！？؟]["'”»]?$/u.test(b.text)) || blockWords(cls, titleAt + 1) < LEAD_MIN_WORDS) return;
  b.keep = true;
  b.role = "paragraph";
  b.rule = "content:lead";
  b.reason = "the standfirst under the headline";
}
var TINY_PAGE_BLOCKS = 8;
var LETTER2 = new RegExp("\\p{L}", "u");
var POSITIONAL2 = /* @__PURE__ */ new Set(["outside-article", "menu-run", "duplicate", "short-line", "low-content", "metadata:title"]);
function keepTinyPage(cls) {
  if (cls.blocks.length > TINY_PAGE_BLOCKS || cls.blocks.some((b) => b.keep)) return;
  for (const b of cls.blocks) {
    if (!LETTER2.test(b.text) || !POSITIONAL2.has(b.rule)) continue;
    if (b.role === "title") {
      if (cls.blocks.length > 1) continue;
    } else b.role = "paragraph";
    b.keep = true;
    b.rule = "content:page";
    b.reason = "a tiny page with no other body: all of its text";
  }
}
var SIGNATURE_MAX_WORDS = 6;
function signature(cls, prefixes) {
  const last = cls.blocks.filter((b) => b.keep).at(-1);
  if (!last || wordCount(last.text) > SIGNATURE_MAX_WORDS) return null;
  const name = parseByline(last.text, prefixes);
  if (!name) return null;
  last.keep = false;
  last.role = "byline";
  last.rule = "metadata:byline";
  last.reason = "the author's signature under the body";
  return name;
}
var DECLARED_BODY_RATIO = 2;
function declaredParagraphs(body) {
  if (!body) return null;
  const ps = body.split(/\n\s*\n|\r?\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
  return ps.length ? ps : null;
}
function assemble(cls, book, source, langHint, explain = false, html) {
  const declared = html?.declared;
  const found = claimMetadata(cls, book);
  claimStrayMetadata(cls, book);
  const siteName = declared?.siteName ?? cls.siteName;
  const prefixes = book.bylinePrefixes;
  const byline = declaredByline(declared?.byline ?? null, siteName, prefixes) ?? found.byline ?? signature(cls, prefixes) ?? declaredByline(declared?.bylineHint ?? null, siteName, prefixes);
  const published = declaredDate(declared?.published ?? null) ?? found.published ?? urlDate(declared?.url ?? null);
  const fromDeclared = declared ? declaredTitle(declared, cls.blocks, siteName) : null;
  const titleAt = fromDeclared ? fromDeclared.at : findTitle(cls);
  const titleBlock = titleAt === null ? void 0 : cls.blocks[titleAt];
  const title = fromDeclared?.title ?? (titleBlock ? stripSiteName(titleBlock.text, cls.siteName) : null);
  if (titleBlock) {
    titleBlock.keep = false;
    titleBlock.role = "title";
    titleBlock.rule = "metadata:title";
    titleBlock.reason = "the headline above the body";
  }
  if (titleAt !== null) keepLead(cls, titleAt);
  keepTinyPage(cls);
  const keptAt = [];
  cls.blocks.forEach((b, i) => {
    if (b.keep) keptAt.push(i);
  });
  let kept = keptAt.flatMap((i) => cls.blocks[i] ?? []);
  let paragraphs = kept.map((b) => b.text);
  let words2 = textWords(cls, keptAt);
  const declaredBody = declaredParagraphs(declared?.articleBody ?? null);
  if (declaredBody && wordCount(declaredBody.join(" ")) > DECLARED_BODY_RATIO * words2) {
    paragraphs = declaredBody;
    kept = [];
    words2 = wordCount(paragraphs.join("\n\n"));
  }
  const text = paragraphs.join("\n\n");
  const detected = detectLanguage([title ?? "", text].join("\n"), langHint, cls.candidates);
  const langDeclared = declared?.lang ?? null;
  const lang = langHint ? detected.lang : reconcileLang(langDeclared, detected.lang, text.length);
  const lang3 = lang === detected.lang ? detected.lang3 : toIso3(lang);
  const article = {
    title,
    text,
    paragraphs,
    lang,
    lang3,
    langDeclared,
    langDetected: detected.lang,
    siteName,
    byline,
    published,
    images: cls.images.filter((im) => im.caption || im.credit),
    url: declared?.url ?? null,
    description: declared?.description ?? null,
    image: declared?.image ?? null,
    wordCount: words2,
    source
  };
  if (html) {
    article.structure = kept.length ? structureOf(kept, html.links, html.images) : paragraphs.map((p) => ({ kind: "p", level: 0, list: null, depth: 0, markdown: p }));
    if (html.comments) article.comments = commentsOf(cls.blocks);
  }
  if (explain) {
    article.removed = cls.blocks.filter((b) => !b.keep).map((b) => ({ line: b.line, text: b.text, rule: b.rule, reason: b.reason }));
  }
  return article;
}

// src/blocks/from-html.ts
import { createRequire as createRequire2 } from "node:module";

// src/blocks/html/declared.ts
var ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|ScholarlyArticle|TechArticle|SocialMediaPosting|LiveBlogPosting|Posting|WebPage|Recipe)$/;
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function types(o) {
  const t = o["@type"];
  if (typeof t === "string") return [t];
  if (Array.isArray(t)) return t.filter((x) => typeof x === "string");
  return [];
}
function objects(v, out = [], depth = 0) {
  if (depth > 8) return out;
  if (Array.isArray(v)) for (const x of v) objects(x, out, depth + 1);
  else if (isObject(v)) {
    out.push(v);
    const graph = v["@graph"];
    if (graph) objects(graph, out, depth + 1);
    const main = v.mainEntity ?? v.mainEntityOfPage;
    if (isObject(main) || Array.isArray(main)) objects(main, out, depth + 1);
  }
  return out;
}
function str(v) {
  if (typeof v === "string") return clean(v);
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v.name ?? v["@value"] ?? v.url);
  return null;
}
function clean(s) {
  const t = decodeEntities(s).replace(/\s+/g, " ").trim();
  return t || null;
}
function decodeEntities(s) {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt|nbsp);/gi, (m, e) => {
    const k = e.toLowerCase();
    if (k === "amp") return "&";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "nbsp") return " ";
    const code = k.startsWith("#x") ? Number.parseInt(k.slice(2), 16) : Number.parseInt(k.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 1114112 ? String.fromCodePoint(code) : m;
  });
}
function people(v) {
  if (v === void 0 || v === null) return null;
  const list2 = Array.isArray(v) ? v : [v];
  const names = [];
  for (const p of list2) {
    if (isObject(p) && types(p).includes("Organization")) continue;
    const n = str(p);
    if (n && !/^https?:\/\//.test(n)) names.push(n);
  }
  return names.length ? [...new Set(names)].join(", ") : null;
}
function parseJsonLd(text) {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/,\s*([}\]])/g, "$1").replace(/[\r\n\t]+/g, " "));
    } catch {
      return void 0;
    }
  }
}
function jsonLd(scripts) {
  const facts = {
    headline: null,
    author: null,
    published: null,
    publisher: null,
    articleBody: null,
    image: null,
    description: null,
    url: null
  };
  const all = [];
  for (const text of scripts) {
    const doc = parseJsonLd(text);
    if (doc !== void 0) objects(doc, all);
  }
  const ranked = all.filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t))).sort((a, b) => Number(types(a).includes("WebPage")) - Number(types(b).includes("WebPage")));
  for (const o of ranked) {
    facts.headline ??= str(o.headline) ?? (types(o).includes("WebPage") ? null : str(o.name));
    facts.author ??= people(o.author ?? o.creator);
    facts.published ??= str(o.datePublished ?? o.dateCreated);
    facts.publisher ??= str(o.publisher);
    facts.articleBody ??= typeof o.articleBody === "string" ? o.articleBody : null;
    facts.image ??= str(o.image ?? o.thumbnailUrl);
    facts.description ??= str(o.description);
    facts.url ??= str(o.url);
  }
  if (!facts.publisher) {
    const org = all.find((o) => types(o).some((t) => t === "Organization" || t === "NewsMediaOrganization"));
    if (org) facts.publisher = str(org.name);
  }
  return facts;
}
function meta(page, ...keys) {
  for (const k of keys) {
    const v = page.metas.get(k.toLowerCase());
    const c = v ? clean(v) : null;
    if (c) return c;
  }
  return null;
}
var BYLINE_TESTS = [
  (el) => el.attribs.itemprop === "name" && hasAuthorAncestor(el),
  (el) => /(?:^|\s)author(?:\s|$)/.test(el.attribs.itemprop ?? ""),
  (el) => el.attribs.rel === "author",
  (el) => (el.attribs.class ?? "").includes("byline"),
  (el) => (el.attribs.class ?? "").includes("author-name"),
  (el) => (el.attribs.class ?? "").includes("author"),
  (el) => (el.attribs.id ?? "").includes("byline")
];
var BYLINE_MAX_CHARS2 = 100;
function hasAuthorAncestor(el) {
  for (let p = el.parent, d = 0; p && d < 8; p = p.parent, d++)
    if (p.type === "tag" && /(?:^|\s)author(?:\s|$)/.test(p.attribs.itemprop ?? "")) return true;
  return false;
}
function textOf(el, max = BYLINE_MAX_CHARS2 * 4) {
  let out = "";
  const stack = [el];
  while (stack.length && out.length <= max) {
    const n = stack.pop();
    if (n.type === "text") out += n.data;
    else if (n.type === "tag" || n.type === "script" || n.type === "style") {
      const kids = n.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return out;
}
function collect(root) {
  const page = {
    metas: /* @__PURE__ */ new Map(),
    ldScripts: [],
    title: null,
    canonical: null,
    htmlLang: null,
    time: null,
    bylines: []
  };
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (n.type === "root") {
      const kids2 = n.children;
      for (let i = kids2.length - 1; i >= 0; i--) stack.push(kids2[i]);
      continue;
    }
    if (n.type !== "tag" && n.type !== "script" && n.type !== "style") continue;
    const el = n;
    const a = el.attribs;
    switch (el.name) {
      case "meta": {
        const key = (a.property ?? a.name ?? a.itemprop ?? a["http-equiv"])?.toLowerCase();
        if (key && a.content !== void 0 && !page.metas.has(key)) page.metas.set(key, a.content);
        continue;
      }
      case "script":
        if (a.type?.toLowerCase() === "application/ld+json") page.ldScripts.push(textOf(el, Number.POSITIVE_INFINITY));
        continue;
      case "style":
        continue;
      case "title":
        page.title ??= textOf(el);
        continue;
      case "link":
        if (!page.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(a.rel ?? "") && a.href) page.canonical = a.href;
        continue;
      case "html":
        page.htmlLang ??= a.lang ?? null;
        break;
      case "time":
        if (a.datetime && (!page.time || "pubdate" in a)) page.time = a.datetime;
        break;
    }
    if (a.class || a.id || a.itemprop || a.rel) {
      BYLINE_TESTS.forEach((test, k) => {
        if (page.bylines[k] === void 0 && test(el)) {
          const t = clean(textOf(el));
          if (t && t.length <= BYLINE_MAX_CHARS2 && new RegExp("\\p{L}", "u").test(t)) page.bylines[k] = el;
        }
      });
    }
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return page;
}
function visibleByline(page) {
  for (const el of page.bylines) if (el) return clean(textOf(el));
  return null;
}
function declaredMetadata(root) {
  const page = collect(root);
  const ld = jsonLd(page.ldScripts);
  const documentTitle = page.title ? clean(page.title) : null;
  const timeEl = page.time;
  return {
    title: ld.headline ?? meta(page, "og:title", "twitter:title", "dc.title") ?? documentTitle,
    documentTitle,
    siteName: meta(page, "og:site_name", "application-name", "twitter:site") ?? ld.publisher,
    byline: ld.author,
    bylineHint: meta(page, "author", "article:author", "dc.creator", "byl", "parsely-author") ?? visibleByline(page),
    published: ld.published ?? meta(
      page,
      "article:published_time",
      "datepublished",
      "date",
      "dc.date",
      "pubdate",
      "publishdate",
      "parsely-pub-date",
      "og:published_time"
    ) ?? (timeEl ? clean(timeEl) : null),
    description: meta(page, "og:description", "description", "twitter:description") ?? ld.description,
    image: meta(page, "og:image", "twitter:image") ?? ld.image,
    url: page.canonical ?? meta(page, "og:url") ?? ld.url,
    lang: clean(page.htmlLang ?? "") ?? meta(page, "og:locale", "content-language", "language"),
    articleBody: ld.articleBody
  };
}

// src/blocks/from-html.ts
var require2 = createRequire2(import.meta.url);
var cheerioLoad;
function blocksFromHtml(html) {
  cheerioLoad ??= require2("cheerio/slim").load;
  const $ = cheerioLoad(html);
  const root = $.root()[0];
  const declared = declaredMetadata(root);
  const { blocks, containerParent } = walk(root);
  return { blocks, containerParent, declared };
}

// src/decode/normalize.ts
var INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
var CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
function normalizeText(text) {
  return text.toWellFormed().replace(/\r\n?/g, "\n").replace(/[\u2028\u2029]/g, "\n").replace(INVISIBLE, "").replace(CONTROL, "");
}
var SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
var NEEDS_COLLAPSE = /^\s|\s$|[^\S ]| {2}|[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
function collapseSpaces(line) {
  if (!NEEDS_COLLAPSE.test(line)) return line;
  return line.replace(SPACES, " ").trim();
}

// src/blocks/from-text.ts
var MIN_LINES = 8;
var MIN_WIDTH = 40;
var MAX_WIDTH = 100;
var FULL_SHARE = 0.3;
var FULL_LINE = 0.75;
var JOIN_LINE = 0.6;
function wrapWidth(lines) {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < MIN_LINES) return null;
  const width = lengths[Math.floor(lengths.length * 0.95) - 1] ?? 0;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null;
  const full = lengths.filter((n) => n >= width * FULL_LINE && n <= width).length;
  return full / lengths.length >= FULL_SHARE ? width : null;
}
var BULLET = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s/u;
var EMPTY_MARKUP = /^(?:(?:>\s*)+|\*)$/u;
var indent = (line) => line.length - line.trimStart().length;
function continues(prev, next, width) {
  const length = prev.trimEnd().length;
  if (next === prev) return false;
  if (length < width * JOIN_LINE || BULLET.test(next) || indent(prev) !== indent(next)) return false;
  return length >= width * FULL_LINE || new RegExp("^\\s*\\p{Ll}", "u").test(next) || /[.,;:!?)"”»]$/u.test(prev.trimEnd());
}
function blocksFromText(text) {
  const blocks = [];
  const lines = text.split("\n");
  const width = wrapWidth(lines);
  let gap = true;
  let prevRaw = "";
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const line = collapseSpaces(raw);
    if (line === "" || EMPTY_MARKUP.test(line)) {
      gap = true;
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (width && last && !gap && continues(prevRaw, raw, width)) {
      last.text = new RegExp("\\p{L}-$", "u").test(last.text) && new RegExp("^\\p{Ll}", "u").test(line) ? last.text + line : `${last.text} ${line}`;
    } else {
      blocks.push({ index: blocks.length, text: line, line: i + 1, gapBefore: gap });
    }
    prevRaw = raw;
    gap = false;
  }
  return blocks;
}

// src/data/phrase-book.ts
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
var ALL = "*";
function readJson(url) {
  return JSON.parse(readFileSync2(url, "utf8"));
}
function bundledFiles() {
  const dir2 = new URL("boilerplate/", dataDir());
  return readdirSync(dir2).filter((f) => f.endsWith(".json")).sort().map((f) => readJson(new URL(f, dir2)));
}
function uniqueSorted(keys) {
  return [...new Set(keys)].filter(Boolean).sort((a, b) => b.length - a.length || a.localeCompare(b));
}
function buildPhraseBook(files, agencies) {
  const book = {
    lines: /* @__PURE__ */ new Map(),
    contains: /* @__PURE__ */ new Map(),
    endMarkers: /* @__PURE__ */ new Set(),
    legal: [],
    bylinePrefixes: [],
    creditPrefixes: [],
    datePrefixes: [],
    agencies: new Set(agencies.map((a) => matchKey(a)))
  };
  const byline = [];
  const credit = [];
  const date = [];
  for (const file of files) {
    for (const [category, list2] of Object.entries(file.lines ?? {})) {
      for (const phrase of list2) {
        const key = matchKey(phrase);
        if (key && !book.lines.has(key)) book.lines.set(key, category);
      }
    }
    const lang = file.lang ?? ALL;
    const bucket = book.contains.get(lang) ?? [];
    for (const [category, list2] of Object.entries(file.contains ?? {})) {
      for (const phrase of list2) {
        const key = matchKey(phrase);
        if (key) bucket.push({ phrase: key, category });
        if (key && category === "legal") book.legal.push(key);
      }
    }
    book.contains.set(lang, bucket);
    for (const m of file.endMarkers ?? []) book.endMarkers.add(matchKey(m));
    byline.push(...(file.bylinePrefixes ?? []).map(matchKey));
    credit.push(...(file.creditPrefixes ?? []).map(matchKey));
    date.push(...(file.datePrefixes ?? []).map(matchKey));
  }
  book.bylinePrefixes = uniqueSorted(byline);
  book.creditPrefixes = uniqueSorted(credit);
  book.datePrefixes = uniqueSorted(date);
  return book;
}
function deserializeBook(s) {
  return {
    lines: new Map(s.lines),
    contains: new Map(s.contains),
    endMarkers: new Set(s.endMarkers),
    legal: s.legal,
    bylinePrefixes: s.bylinePrefixes,
    creditPrefixes: s.creditPrefixes,
    datePrefixes: s.datePrefixes,
    agencies: new Set(s.agencies)
  };
}
var CACHE_FILE = "phrase-book.cache.json";
var bundled;
var cache2 = /* @__PURE__ */ new WeakMap();
var defaultBook;
function bundledData() {
  bundled ??= {
    files: bundledFiles(),
    agencies: readJson(new URL("agencies.json", dataDir())).agencies
  };
  return bundled;
}
function bundledBook(useCache = true) {
  if (defaultBook) return defaultBook;
  if (useCache) {
    try {
      defaultBook = deserializeBook(readJson(new URL(CACHE_FILE, dataDir())));
      return defaultBook;
    } catch {
    }
  }
  const { files, agencies } = bundledData();
  defaultBook = buildPhraseBook(files, agencies);
  return defaultBook;
}
function phraseBook(extra) {
  if (!extra || extra.length === 0) return bundledBook();
  let book = cache2.get(extra);
  if (!book) {
    const { files, agencies } = bundledData();
    book = buildPhraseBook([...extra, ...files], agencies);
    cache2.set(extra, book);
  }
  return book;
}
function containsFor(book, langs) {
  const all = [.../* @__PURE__ */ new Set([...langs, "en", ALL])];
  let byLangs = containsCache.get(book);
  if (!byLangs) {
    byLangs = /* @__PURE__ */ new Map();
    containsCache.set(book, byLangs);
  }
  const key = all.join(",");
  let list2 = byLangs.get(key);
  if (!list2) {
    list2 = all.flatMap((l) => book.contains.get(l) ?? []);
    byLangs.set(key, list2);
  }
  return list2;
}
var containsCache = /* @__PURE__ */ new WeakMap();

// src/classify/context.ts
function drop(ctx, i, rule, reason, role = "boilerplate") {
  if (ctx.decisions[i] === void 0) ctx.decisions[i] = { keep: false, role, rule, reason };
}
function undecided(ctx, i) {
  return ctx.decisions[i] === void 0;
}

// src/classify/body.ts
function headingLike(ctx, i, qualities, end) {
  const f = ctx.feats[i];
  if (!f || f.words > 20 || f.letters < 2 || /[:,;]$/.test(ctx.blocks[i]?.text ?? "")) return false;
  for (let j = i + 1; j <= end; j++) {
    if (!undecided(ctx, j)) continue;
    const q = qualities[j];
    return q === "good" || q === "near";
  }
  return false;
}
var BETWEEN_MAX_WORDS = 40;
function betweenProse(ctx, qualities, i, region) {
  const prose = (j) => qualities[j] === "good" || qualities[j] === "near";
  let before = -1;
  for (let j = i - 1; j >= region.start; j--) {
    if (undecided(ctx, j) || ctx.decisions[j]?.keep) {
      before = j;
      break;
    }
  }
  let after = -1;
  for (let j = i + 1; j <= region.end; j++) {
    if (undecided(ctx, j)) {
      after = j;
      if (prose(j)) break;
      if (qualities[j] === "short" || (ctx.feats[j]?.words ?? 0) <= BETWEEN_MAX_WORDS) continue;
      break;
    }
  }
  return before >= 0 && after >= 0 && prose(before) && prose(after);
}
function decideByRegion(ctx, qualities, region) {
  ctx.blocks.forEach((_, i) => {
    if (!undecided(ctx, i)) return;
    const set = (d) => {
      ctx.decisions[i] = d;
    };
    if (!region || i < region.start || i > region.end) {
      const where = !region ? "no article body was found" : i < region.start ? "before the article body" : "after the article body";
      set({ keep: false, role: "boilerplate", rule: "outside-article", reason: where });
      return;
    }
    const q = qualities[i];
    const f = ctx.feats[i];
    if (q === "good" || q === "near") {
      set({ keep: true, role: "paragraph", rule: `content:${q}`, reason: "prose inside the article body" });
    } else if (q === "short" && headingLike(ctx, i, qualities, region.end)) {
      set({ keep: true, role: "heading", rule: "content:heading", reason: "a short line introducing prose" });
    } else if (q === "short" && f?.sentence) {
      set({ keep: true, role: "paragraph", rule: "content:short", reason: "a short sentence inside the body" });
    } else if ((f?.words ?? 0) <= BETWEEN_MAX_WORDS && betweenProse(ctx, qualities, i, region)) {
      set({ keep: true, role: "paragraph", rule: "content:between", reason: "a short line between two paragraphs" });
    } else {
      const rule = q === "short" ? "short-line" : "low-content";
      const reason = q === "short" ? "a short line that is not a heading or sentence" : "few function words: a list, label or link run";
      set({ keep: false, role: "boilerplate", rule, reason });
    }
  });
}
var NUMBERED = /^\(?(\d{1,2})[.)]\s+\S/u;
var URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/iu;
var MIN_LIST_ITEMS = 3;
var MIN_ANNOUNCED_ITEMS = 2;
function announcedListAfter(ctx, region) {
  if (!region) return -1;
  const last = ctx.blocks[region.end]?.text ?? "";
  if (!/[:：]$/u.test(last)) return -1;
  let expected = 1;
  let end = -1;
  for (let i = region.end + 1; i < ctx.blocks.length; i++) {
    const text = ctx.blocks[i]?.text ?? "";
    const m = NUMBERED.exec(text);
    if (m && Number(m[1]) === expected) {
      expected++;
      end = i;
    } else if (URL_ONLY.test(text) && end === i - 1) {
      end = i;
    } else break;
  }
  if (expected - 1 >= MIN_LIST_ITEMS) return end;
  let items = 0;
  end = -1;
  for (let i = region.end + 1; i < ctx.blocks.length && undecided(ctx, i); i++) {
    if ((ctx.feats[i]?.words ?? 0) > BETWEEN_MAX_WORDS) break;
    items++;
    end = i;
  }
  if (items >= MIN_ANNOUNCED_ITEMS) return end;
  return -1;
}

// src/classify/container.ts
var SHARE_OF_PROSE = 0.7;
function chain(parents, id) {
  const out = [];
  let c = id;
  for (let guard = 0; guard <= parents.length; guard++) {
    out.push(c);
    if (c === 0) break;
    c = parents[c] ?? 0;
  }
  return out.reverse();
}
function mainContainer(ctx, qualities, parents, region) {
  const weight = /* @__PURE__ */ new Map();
  let total = 0;
  for (let i = region.start; i <= region.end; i++) {
    const h = ctx.blocks[i]?.html;
    const q = qualities[i];
    if (!h || !undecided(ctx, i) || q !== "good" && q !== "near") continue;
    const w = ctx.feats[i]?.words ?? 0;
    total += w;
    for (const c of chain(parents, h.container)) weight.set(c, (weight.get(c) ?? 0) + w);
  }
  if (total === 0) return null;
  let best = null;
  for (const [c, w] of weight) if (w >= SHARE_OF_PROSE * total && (best === null || c > best)) best = c;
  return best === 0 ? null : best;
}
function inside(parents, container, main) {
  let c = container;
  for (let guard = 0; guard <= parents.length; guard++) {
    if (c === main) return true;
    if (c === 0 || c < main) return false;
    c = parents[c] ?? 0;
  }
  return false;
}
function dropOutsideContainer(ctx, parents, main, region) {
  if (!region) return;
  let first = region.start;
  while (first <= region.end && !inside(parents, ctx.blocks[first]?.html?.container ?? 0, main)) first++;
  for (let i = first; i <= region.end; i++) {
    const h = ctx.blocks[i]?.html;
    if (h && undecided(ctx, i) && !inside(parents, h.container, main))
      drop(ctx, i, "outside-container", "beside the element that holds the article");
  }
}
var POSITIONAL3 = /* @__PURE__ */ new Set(["outside-article", "short-line", "low-content"]);
var TEASER_LINK_DENSITY = 0.3;
function keepInsideContainer(ctx, parents, main, region) {
  ctx.blocks.forEach((b, i) => {
    const d = ctx.decisions[i];
    if (!b.html || !d || d.keep || !POSITIONAL3.has(d.rule)) return;
    if (!inside(parents, b.html.container, main)) return;
    const within = region !== null && i >= region.start && i <= region.end;
    if (!within && b.html.linkDensity > TEASER_LINK_DENSITY) return;
    ctx.decisions[i] = {
      keep: true,
      role: "paragraph",
      rule: "content:container",
      reason: "inside the element that holds the article"
    };
  });
}

// src/classify/features.ts
var NON_ASCII2 = /[^\x00-\x7f]/;
var CJK3 = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
var HANGUL = new RegExp("\\p{Script=Hangul}", "u");
var LETTER3 = new RegExp("\\p{L}", "u");
var TWO_LETTERS = new RegExp("\\p{L}.*\\p{L}", "su");
var DENSITY_MIN_CHARS = 18;
var KEY_MAX_WORDS = 60;
function stopDensity(text, lowerWords, cjk, stop) {
  if (stop.size === 0) return 0;
  if (cjk) {
    let chars = 0;
    let hits2 = 0;
    for (const ch of text) {
      if (!CJK3.test(ch)) continue;
      chars++;
      if (stop.has(ch)) hits2++;
    }
    return chars ? hits2 / chars : 0;
  }
  if (lowerWords.length === 0) return 0;
  let hits = 0;
  for (const w of lowerWords) if (stop.has(w)) hits++;
  return hits / lowerWords.length;
}
function features(block, stop, densityFrom2 = DENSITY_MIN_CHARS) {
  const { text } = block;
  const ascii = !NON_ASCII2.test(text);
  const latin = ascii || latinText(text);
  const cjk = !latin && CJK3.test(text);
  const needDensity = text.length >= densityFrom2 && stop.size > 0;
  let n;
  let density = 0;
  let counted;
  if (cjk) {
    counted = wordParts(text);
    n = partsToCount(counted);
    if (needDensity) density = stopDensity(text, [], true, stop);
  } else {
    if (needDensity) {
      const ws = words(text.toLowerCase());
      n = ws.length;
      density = stopDensity(text, ws, false, stop);
    } else n = ascii ? countAsciiWords(text) : words(text.toLowerCase()).length;
    counted = !latin && HANGUL.test(text) ? wordParts(text) : { plain: n, cjk: 0 };
  }
  return {
    words: n,
    chars: text.length,
    letters: latin ? latinLetters(text, 2) : TWO_LETTERS.test(text) ? 2 : LETTER3.test(text) ? 1 : 0,
    stopDensity: density,
    sentence: endsLikeSentence(text),
    // Keys serve whole-line matching (labels, duplicates, alts): paragraphs never need one.
    key: n <= KEY_MAX_WORDS ? matchKey(text) : "",
    counted
  };
}

// src/lang/script.ts
var SCRIPTS = [
  ["Latin", new RegExp("\\p{Script=Latin}", "u")],
  ["Cyrillic", new RegExp("\\p{Script=Cyrillic}", "u")],
  ["Arabic", new RegExp("\\p{Script=Arabic}", "u")],
  ["Han", new RegExp("\\p{Script=Han}", "u")],
  ["Kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["Hangul", new RegExp("\\p{Script=Hangul}", "u")],
  ["Greek", new RegExp("\\p{Script=Greek}", "u")],
  ["Hebrew", new RegExp("\\p{Script=Hebrew}", "u")],
  ["Devanagari", new RegExp("\\p{Script=Devanagari}", "u")],
  ["Thai", new RegExp("\\p{Script=Thai}", "u")],
  ["Georgian", new RegExp("\\p{Script=Georgian}", "u")],
  ["Armenian", new RegExp("\\p{Script=Armenian}", "u")]
];
var cache3 = /* @__PURE__ */ new Map();
function scriptOf(letter) {
  const hit = cache3.get(letter);
  if (hit) return hit;
  let found = "Other";
  for (const [name, re] of SCRIPTS) {
    if (re.test(letter)) {
      found = name;
      break;
    }
  }
  cache3.set(letter, found);
  return found;
}
var NOT_TEXT = /https?:\/\/\S+|www\.\S+|\S+@\S+|@\w+/g;
var LETTER4 = new RegExp("\\p{L}", "u");
var letterCache2 = /* @__PURE__ */ new Map();
function letterScript(ch) {
  let s = letterCache2.get(ch);
  if (s === void 0) {
    s = LETTER4.test(ch) ? scriptOf(ch) : null;
    letterCache2.set(ch, s);
  }
  return s;
}
function scriptCounts(text) {
  const counts = /* @__PURE__ */ new Map();
  const cleaned = /:\/\/|www\.|@/.test(text) ? text.replace(NOT_TEXT, " ") : text;
  let latin = 0;
  for (let i = 0; i < cleaned.length; i++) {
    const code = cleaned.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90 || code >= 97 && code <= 122) latin++;
      continue;
    }
    const ch = code >= 55296 && code <= 56319 ? cleaned.slice(i, i + 2) : cleaned[i] ?? "";
    if (ch.length === 2) i++;
    const s = letterScript(ch);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  if (latin) counts.set("Latin", (counts.get("Latin") ?? 0) + latin);
  return counts;
}
function family(s) {
  return s === "Kana" ? "Han" : s;
}
function dominantScript(counts) {
  let best = null;
  let bestN = 0;
  const merged = /* @__PURE__ */ new Map();
  for (const [s, n] of counts) merged.set(family(s), (merged.get(family(s)) ?? 0) + n);
  for (const [s, n] of merged) {
    if (n > bestN) {
      best = s;
      bestN = n;
    }
  }
  return best;
}
var IDEOGRAPHIC = /* @__PURE__ */ new Set(["Han", "Hangul"]);
var IDEOGRAPH_WEIGHT = 3;
function foreignScript(text, main) {
  if (main === "Latin" && /^[\x00-\x7f]*$/.test(text)) return null;
  const counts = scriptCounts(text);
  let total = 0;
  const merged = /* @__PURE__ */ new Map();
  const raw = /* @__PURE__ */ new Map();
  for (const [s, n] of counts) {
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

// src/lang/stopwords.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { createRequire as createRequire3 } from "node:module";
var STOPWORDS_CACHE = "stopwords.cache.json";
var STOPWORDS_DIR = "stopwords";
var cache4;
var lists;
var sets2 = /* @__PURE__ */ new Map();
function cached() {
  if (cache4 === void 0) {
    try {
      cache4 = JSON.parse(readFileSync3(new URL(STOPWORDS_CACHE, dataDir()), "utf8"));
    } catch {
      cache4 = null;
    }
  }
  return cache4;
}
function packageLists() {
  if (!lists) {
    const all = createRequire3(import.meta.url)("stopwords-iso");
    lists = Object.fromEntries(
      Object.keys(all).map((lang) => [lang, [...new Set((all[lang] ?? []).map((w) => w.toLowerCase()))]])
    );
  }
  return lists;
}
function stopwordLanguages() {
  return cached()?.languages ?? Object.keys(packageLists());
}
function list(lang) {
  const c = cached();
  if (!c) return packageLists()[lang] ?? [];
  if (!c.sizes[lang]) return [];
  return readFileSync3(new URL(`${STOPWORDS_DIR}/${lang}.txt`, dataDir()), "utf8").split("\n");
}
function stopwords(lang) {
  let set = sets2.get(lang);
  if (!set) {
    set = new Set(list(lang));
    sets2.set(lang, set);
  }
  return set;
}
function stopwordCount(lang) {
  return sets2.get(lang)?.size ?? cached()?.sizes[lang] ?? stopwords(lang).size;
}
function cachedLanguageMasks(langs) {
  const masks2 = cached()?.masks;
  if (!masks2 || masks2.langs.join() !== langs.join()) return void 0;
  const map = /* @__PURE__ */ new Map();
  for (const [mask, words2] of Object.entries(masks2.words)) {
    const m = Number(mask);
    for (let i = 0; i < words2.length; i++) map.set(words2[i], m);
  }
  return map;
}

// src/lang/stopword-rank.ts
var SAMPLE_WORDS = 250;
function rankByStopwords(text) {
  const ws = words(text.toLowerCase()).slice(0, SAMPLE_WORDS);
  if (ws.length === 0) return [];
  const first = rankCommon(ws);
  if ((first[0]?.coverage ?? 0) >= COMMON_ENOUGH) return first;
  return rank(ws, stopwordLanguages());
}
var commonMasks;
function masks() {
  commonMasks ??= cachedLanguageMasks(COMMON);
  if (!commonMasks) {
    commonMasks = /* @__PURE__ */ new Map();
    COMMON.forEach((lang, bit) => {
      for (const w of stopwords(lang)) commonMasks?.set(w, (commonMasks.get(w) ?? 0) | 1 << bit);
    });
  }
  return commonMasks;
}
function rankCommon(ws) {
  const map = masks();
  const hits = new Array(COMMON.length).fill(0);
  for (const w of ws) {
    let m = map.get(w) ?? 0;
    while (m) {
      const bit = 31 - Math.clz32(m);
      hits[bit] = (hits[bit] ?? 0) + 1;
      m &= ~(1 << bit);
    }
  }
  return scores(ws.length, COMMON, hits);
}
function scores(total, langs, hits) {
  const out = [];
  langs.forEach((lang, i) => {
    const h = hits[i] ?? 0;
    if (h === 0) return;
    const coverage = h / total;
    out.push({ lang, coverage, score: coverage / Math.log10(10 + stopwordCount(lang) / 100) });
  });
  return out.sort((a, b) => b.score - a.score);
}
var COMMON = [
  "en",
  "de",
  "fr",
  "es",
  "pt",
  "it",
  "nl",
  "ru",
  "uk",
  "bg",
  "pl",
  "cs",
  "sk",
  "tr",
  "ar",
  "fa",
  "fi",
  "sv",
  "da",
  "no",
  "ro",
  "ca",
  "gl",
  "hu",
  "id",
  "ms"
];
var COMMON_ENOUGH = 0.15;
function rank(ws, langs) {
  const hits = langs.map((lang) => {
    const set = stopwords(lang);
    let n = 0;
    for (const w of ws) if (set.has(w)) n++;
    return n;
  });
  return scores(ws.length, langs, hits);
}

// src/classify/language-guess.ts
var PROSE_WORDS = 8;
var SAMPLE_CHARS2 = 1e3;
var MAX_NAME_SHARE = 0.8;
var MIN_NAME_RUN_WORDS = 12;
var NAME_START = new RegExp("^[^\\p{L}]*(?:\\p{Lu}|\\p{N})", "u");
var LETTER5 = new RegExp("\\p{L}", "u");
function nameRun(ws) {
  if (ws.length < MIN_NAME_RUN_WORDS) return false;
  const maxOthers = ws.length * (1 - MAX_NAME_SHARE);
  let others = 0;
  for (const w of ws) {
    if (NAME_START.test(w) || !LETTER5.test(w)) continue;
    if (++others >= maxOthers) return false;
  }
  return (ws.length - others) / ws.length > MAX_NAME_SHARE;
}
function proseSample(blocks) {
  const parts = [];
  let n = 0;
  for (const b of blocks) {
    const count = countSpaces(b.text, MIN_NAME_RUN_WORDS) + 1;
    if (count < PROSE_WORDS && b.text.length < 40) continue;
    if (count >= MIN_NAME_RUN_WORDS && nameRun(b.text.split(" "))) continue;
    parts.push(b.text);
    n += b.text.length;
    if (n > SAMPLE_CHARS2) break;
  }
  return parts.length ? parts.join("\n") : blocks.map((b) => b.text).join("\n");
}
var MIN_COVERAGE = 0.1;
var POOL_SHARE = 0.6;
var POOL_MAX = 3;
var SHORT_LIST = 200;
var CANDIDATES = 5;
var pools = /* @__PURE__ */ new Map();
function pooled(langs) {
  const key = langs.join(",");
  let set = pools.get(key);
  if (!set) {
    set = new Set(langs.flatMap((l) => [...stopwords(l)]));
    pools.set(key, set);
  }
  return set;
}
function guessPage(blocks, hint) {
  const sample = proseSample(blocks);
  const script = dominantScript(scriptCounts(sample));
  const ranked = rankByStopwords(sample);
  let lang = ranked[0] && ranked[0].coverage >= MIN_COVERAGE ? ranked[0].lang : "und";
  if (script === "Han") lang = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample) ? "ja" : "zh";
  if (hint) lang = detectLanguage("", hint).lang;
  let stop = stopwords(lang);
  let related = [lang];
  const best = ranked[0]?.coverage ?? 0;
  if (script !== "Han" && !hint) {
    const close = ranked.filter(
      (r) => r.coverage >= best * POOL_SHARE && (r === ranked[0] || stopwordCount(r.lang) < SHORT_LIST || stop.size < SHORT_LIST)
    ).slice(0, POOL_MAX);
    stop = close.length > 1 ? pooled(close.map((r) => r.lang)) : stop;
    related = [lang, ...ranked.filter((r) => r.coverage >= best * POOL_SHARE).map((r) => r.lang)].slice(0, POOL_MAX);
    if (best < MIN_COVERAGE) stop = /* @__PURE__ */ new Set();
  }
  const coverage = script === "Han" ? 1 : stop.size ? Math.max(best, MIN_COVERAGE) : 0;
  const candidates = ranked.slice(0, CANDIDATES).map((r) => ({ lang: r.lang, coverage: r.coverage }));
  return { lang, related, stop, script, candidates, coverage };
}

// src/classify/quality.ts
var SHORT_CHARS = 70;
var SHORT_CHARS_CJK = 18;
var LONG_CHARS = 150;
var GOOD_DENSITY = 0.3;
var NEAR_DENSITY = 0.2;
var MIN_DENSITY = 0.1;
var TYPICAL_COVERAGE = 0.4;
function densityScale(pageCoverage) {
  return Math.min(1, Math.max(0.3, pageCoverage / TYPICAL_COVERAGE));
}
function densityFrom(cjk) {
  return cjk ? SHORT_CHARS_CJK : SHORT_CHARS;
}
function quality(f, cjk, haveStopwords, scale = 1) {
  const short = cjk ? SHORT_CHARS_CJK : SHORT_CHARS;
  const long = cjk ? LONG_CHARS / 3 : LONG_CHARS;
  if (f.chars < short) return f.sentence && f.words >= 4 ? "near" : "short";
  if (!haveStopwords) {
    if (f.sentence) return f.chars >= long ? "good" : "near";
    return f.chars >= long * 2 ? "near" : "bad";
  }
  if (f.stopDensity >= GOOD_DENSITY * scale) return f.chars >= long || f.sentence ? "good" : "near";
  if (f.stopDensity >= NEAR_DENSITY * scale) return f.sentence ? "good" : "near";
  if (f.sentence && (f.chars >= long || f.words >= 8) && f.stopDensity >= MIN_DENSITY * scale) return "near";
  return "bad";
}

// src/classify/region.ts
var MIN_PROSE_BEFORE_END = 200;
var SHORT_SCORE = -6;
var DECIDED_SCORE = -3;
var NEAR_WEIGHT = 0.25;
var BAD_WEIGHT = 0.5;
function score(ctx, i, q) {
  const f = ctx.feats[i];
  if (!f) return 0;
  if (!undecided(ctx, i)) return DECIDED_SCORE;
  const w = Math.min(f.words, 150);
  switch (q) {
    case "good":
      return w;
    case "near":
      return w * NEAR_WEIGHT;
    case "short":
      return SHORT_SCORE;
    case "bad":
      return -Math.max(2, w * BAD_WEIGHT);
  }
}
var RESUME_WITHIN = 10;
var RESUME_PARAGRAPHS = 4;
var RESUME_WORDS = 100;
function resumes(ctx, qualities, at, end) {
  if (isCommentsMarker(ctx, at)) return -1;
  let j = at + 1;
  while (j <= end && j <= at + RESUME_WITHIN && !(undecided(ctx, j) && qualities[j] === "good")) {
    if (ctx.barriers.has(j)) return -1;
    j++;
  }
  if (j > end || j > at + RESUME_WITHIN) return -1;
  const from = j;
  let paragraphs = 0;
  let words2 = 0;
  let headings = 0;
  for (; j <= end && paragraphs < RESUME_PARAGRAPHS; j++) {
    if (!undecided(ctx, j)) {
      if (ctx.barriers.has(j) || ctx.decisions[j]?.rule.startsWith("teaser")) return -1;
      continue;
    }
    const q = qualities[j];
    if (q !== "good" && !(q === "near" && ctx.feats[j]?.sentence)) {
      if (q !== "short" || headings++ > 0 || paragraphs < 2) return -1;
      continue;
    }
    paragraphs++;
    words2 += ctx.feats[j]?.words ?? 0;
  }
  return paragraphs >= RESUME_PARAGRAPHS && words2 >= RESUME_WORDS ? from : -1;
}
function bestRun(ctx, qualities, from, to) {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    const s = score(ctx, i, qualities[i] ?? "bad");
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += s;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return bestStart < 0 ? null : { start: bestStart, end: bestEnd, sum: best };
}
function isCommentsMarker(ctx, i) {
  return ctx.book.lines.get(ctx.feats[i]?.key ?? "") === "comments" || /\d/.test(ctx.blocks[i]?.text ?? "");
}
function bestRunBetweenMarkers(ctx, qualities, from, to) {
  let best = null;
  let segment = from;
  for (let i = from; i <= to + 1; i++) {
    if (i <= to && !ctx.barriers.has(i)) continue;
    const run2 = i > segment ? bestRun(ctx, qualities, segment, i - 1) : null;
    if (run2 && (!best || run2.sum > best.sum)) best = run2;
    segment = i + 1;
  }
  return best;
}
function runScore(ctx, qualities, from, to) {
  let sum = 0;
  for (let i = from; i <= to; i++) sum += score(ctx, i, qualities[i] ?? "bad");
  return sum;
}
function cutAtEnd(ctx, qualities, bestStart, bestEnd, commit) {
  let prose = 0;
  for (let i = bestStart; i <= bestEnd; i++) {
    if (ctx.barriers.has(i) && prose >= MIN_PROSE_BEFORE_END) {
      const next = resumes(ctx, qualities, i, bestEnd);
      if (next < 0) return { end: i - 1, marker: i };
      if (commit)
        for (let j = i + 1; j < next; j++)
          drop(ctx, j, "inserted-box", `inside the box that "${ctx.blocks[i]?.text}" opens within the article`);
      i = next - 1;
      continue;
    }
    const q = qualities[i];
    if (undecided(ctx, i) && (q === "good" || q === "near")) prose += ctx.feats[i]?.words ?? 0;
  }
  return { end: bestEnd, marker: -1 };
}
var STRONGER_AFTER_CUT = 2;
var MIN_MARKERS_BEFORE_CUT = 2;
function findRegion(ctx, qualities) {
  const run2 = bestRun(ctx, qualities, 0, qualities.length - 1);
  if (!run2) return null;
  let start = run2.start;
  const stop = run2.end;
  const first = cutAtEnd(ctx, qualities, start, stop, false);
  if (first.marker >= 0) {
    let markers = 0;
    for (let i = start; i < first.end; i++) if (ctx.barriers.has(i)) markers++;
    if (markers >= MIN_MARKERS_BEFORE_CUT) {
      const kept = runScore(ctx, qualities, start, first.end);
      const best = bestRunBetweenMarkers(ctx, qualities, first.marker + 1, stop);
      if (best && best.sum > STRONGER_AFTER_CUT * kept) start = best.start;
    }
  }
  const cut = cutAtEnd(ctx, qualities, start, stop, true);
  return { start, end: cut.end };
}

// src/classify/region-before-marker.ts
var AFTER_MARKER_WITHIN = 3;
var MIN_BEFORE_WORDS = 40;
function proseBeforeMarker(ctx, qualities, region) {
  if (!region) return region;
  let marker = -1;
  for (let i = region.start - 1; i >= 0 && i >= region.start - AFTER_MARKER_WITHIN; i--) {
    if (ctx.barriers.has(i)) {
      marker = i;
      break;
    }
    if (undecided(ctx, i)) return region;
  }
  if (marker < 0) return region;
  if (isCommentsMarker(ctx, marker)) return region;
  const best = bestRunBetweenMarkers(ctx, qualities, 0, marker - 1);
  if (!best) return region;
  const { start: bestStart, end: bestEnd } = best;
  let words2 = 0;
  for (let i = bestStart; i <= bestEnd; i++)
    if (undecided(ctx, i) && qualities[i] === "good") words2 += ctx.feats[i]?.words ?? 0;
  if (words2 < MIN_BEFORE_WORDS) return region;
  return { start: bestStart, end: bestEnd };
}

// src/classify/rules/comment-thread.ts
var MAX_LABEL_WORDS = 3;
var MAX_GAP = 12;
var MAX_HEADER = 4;
var HEADER_MAX_WORDS = 8;
var MAX_BODY = 6;
function isLabel(ctx, i) {
  const f = ctx.feats[i];
  return !!f && f.words <= MAX_LABEL_WORDS && !!f.key && ctx.book.lines.get(f.key) === "comments";
}
var isProse = (ctx, i) => {
  const q = ctx.qualities[i];
  return q === "good" || q === "near" || !!ctx.feats[i]?.sentence;
};
var isHeader = (ctx, i) => {
  const f = ctx.feats[i];
  return !!f && f.words <= HEADER_MAX_WORDS && !f.sentence && ctx.qualities[i] !== "good";
};
function commentThreadRule(ctx) {
  const byKey = /* @__PURE__ */ new Map();
  ctx.blocks.forEach((_, i) => {
    if (!isLabel(ctx, i)) return;
    const key = ctx.feats[i]?.key ?? "";
    const list2 = byKey.get(key) ?? [];
    list2.push(i);
    byKey.set(key, list2);
  });
  for (const positions of byKey.values()) {
    let runStart = 0;
    for (let k = 1; k <= positions.length; k++) {
      const prev = positions[k - 1] ?? 0;
      const cur = positions[k];
      if (cur !== void 0 && cur - prev <= MAX_GAP) continue;
      const run2 = positions.slice(runStart, k);
      runStart = k;
      if (run2.length < 2) continue;
      const [p1 = 0, p2 = 0] = run2;
      let h = 0;
      let j = p1 + 1;
      while (j < p2 && !isProse(ctx, j)) {
        if (!isHeader(ctx, j)) break;
        h++;
        j++;
      }
      if (h === 0 || h > MAX_HEADER || j >= p2) continue;
      let s = p1 - 1;
      let body = 0;
      while (s >= 0 && isProse(ctx, s) && body < MAX_BODY) {
        s--;
        body++;
      }
      if (body === 0) continue;
      let headers = 0;
      while (s >= 0 && headers < h && isHeader(ctx, s)) {
        s--;
        headers++;
      }
      if (headers < h) continue;
      const start = s + 1;
      const end = run2[run2.length - 1] ?? p1;
      for (let i = start; i <= end; i++) drop(ctx, i, "comment-thread", "part of a thread of reader comments");
      ctx.barriers.add(start);
    }
  }
}

// src/classify/rules/counters.ts
var NUMBER = /^\(?[+-]?\d[\d.,]*(?:[kKmM]|万|千|亿|萬|億|тыс\.?|к)?\)?$/;
var HAS_DIGIT = /\d/;
var CJK_LABEL = /^[\u3400-\u9fff]{1,4}[:：]?$/;
var CJK_GLUED = /^(?:\d[\d.,]*[万千亿萬億]?[\u3400-\u9fff]{1,4}|[\u3400-\u9fff]{1,4}[:：]?\d[\d.,]*[万千亿萬億]?)$/;
function isCounter(text) {
  if (CJK_GLUED.test(text)) return true;
  const tokens = text.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4) return false;
  const numbers = tokens.filter((t) => NUMBER.test(t.replace(/:$/, "")));
  if (numbers.length !== 1) return false;
  const at = tokens.findIndex((t) => NUMBER.test(t.replace(/:$/, "")));
  const words2 = tokens.filter((_, i) => i !== at);
  if (words2.some((w) => HAS_DIGIT.test(w))) return false;
  if (at === 0) return words2.length <= 2;
  const label = tokens[at - 1] ?? "";
  const marked = label.endsWith(":") || (tokens[at] ?? "").startsWith("(") || CJK_LABEL.test(label);
  return marked && at <= 2 && tokens.length - at - 1 <= 1;
}
var COUNT = /\(\d[\d.,]*\)/g;
var MIN_COUNTS = 6;
var MAX_TOKENS_PER_COUNT = 4;
function isCountedList(text) {
  if (!text.includes("(")) return false;
  const counts = text.match(COUNT)?.length ?? 0;
  if (counts < MIN_COUNTS) return false;
  return text.split(/\s+/).length <= counts * MAX_TOKENS_PER_COUNT;
}
function countersRule(ctx) {
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i)) return;
    const f = ctx.feats[i];
    if (!f) return;
    if (f.letters === 0) {
      drop(ctx, i, "no-letters", "line has no letters (number, date, symbol or separator)");
    } else if (f.words <= 4 && isCounter(b.text)) {
      drop(ctx, i, "counter", "a count with a label (comments, shares, views, reading time)");
    } else if (isCountedList(b.text)) {
      drop(ctx, i, "counter", "a list of labels with their counts (archive, categories)");
    }
  });
}

// src/classify/rules/duplicates.ts
var MAX_WORDS2 = 25;
function repeatedInFurniture(ctx) {
  const furniture = /* @__PURE__ */ new Set();
  ctx.blocks.forEach((b, i) => {
    if (b.html && (ctx.feats[i]?.words ?? 0) > MAX_WORDS2 && ctx.decisions[i]?.rule.startsWith("markup:"))
      furniture.add(b.text);
  });
  if (furniture.size === 0) return;
  const repeated = ctx.blocks.map((b, i) => undecided(ctx, i) && furniture.has(b.text));
  repeated.forEach((r, i) => {
    if (r && (repeated[i - 1] || repeated[i + 1]))
      drop(ctx, i, "duplicate", "repeats a blurb that the page also shows in its menus, sidebars or footer");
  });
}
function duplicatesRule(ctx) {
  repeatedInFurniture(ctx);
  const seen = /* @__PURE__ */ new Map();
  ctx.blocks.forEach((b, i) => {
    const key = ctx.feats[i]?.key;
    if (!key || (ctx.feats[i]?.words ?? 0) > MAX_WORDS2 || b.html?.kind === "row") return;
    const first = seen.get(key);
    if (first === void 0) {
      seen.set(key, i);
      return;
    }
    if (b.html && ctx.decisions[first]?.rule.startsWith("markup:")) {
      seen.set(key, i);
      return;
    }
    if (undecided(ctx, i)) drop(ctx, i, "duplicate", `repeats line ${ctx.blocks[first]?.line ?? first + 1}`);
  });
}

// src/classify/rules/figures.ts
var COPYRIGHT_START = /^(?:©|\(c\)|copyright\b)\s*/iu;
var COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:19|20)\d{2}/iu;
var YEAR2 = /(?:19|20)\d{2}/;
var MAX_CAPTION_WORDS = 60;
var MAX_CREDIT_WORDS = 15;
var NEAR = 3;
var MAX_ALT_WORDS = 40;
function withoutSuffix(text) {
  const site = suffixOf(text);
  return site ? text.slice(0, text.lastIndexOf(site)).replace(/[\s\-–—|·:]+$/u, "") : text;
}
function cleanCaption(s) {
  const c = s.replace(/[\s\-–—|/:([]+$/u, "").trim();
  return c.length > 0 ? c : null;
}
var patternCache = /* @__PURE__ */ new WeakMap();
function patterns(ctx) {
  let p = patternCache.get(ctx.book);
  if (!p) {
    p = { credits: new PrefixSet(ctx.book.creditPrefixes), bylines: new PrefixSet(ctx.book.bylinePrefixes) };
    patternCache.set(ctx.book, p);
  }
  return p;
}
function creditAtStart(text, re) {
  if (!re.credits.mayStartWith(text.charAt(0).toLowerCase())) return null;
  const lower = re.credits.head(text);
  if (lower.length !== Math.min(text.length, re.credits.maxLength + 1)) return null;
  const p = re.credits.atStart(lower);
  if (!p) return null;
  const after = text.slice(p.length);
  const sep = /^\s*(?:[:.|/]|©)\s*/u.exec(after);
  return sep ? after.slice(sep[0].length) : null;
}
var GLUED_CREDIT = new RegExp("(\\p{Ll})(?=\\p{Lu}[\\p{Ll}.]*$)|([.([|/\u2013\u2014-])(?=[^\\s.([|/\u2013\u2014-]*$)", "u");
function creditAtEnd(text, re) {
  const at = Math.max(text.lastIndexOf(":"), text.lastIndexOf("\uFF1A"), text.lastIndexOf("\xA9"));
  if (at <= 0) return null;
  const credit = text.slice(at + 1).trim().replace(/[)\]]$/, "").trim();
  if (credit.length < 2 || credit.length > 80 || /[()[\]]|[.!?]$/.test(credit)) return null;
  const before = text.slice(0, at).trimEnd();
  const cut = lastSpace(before) + 1;
  const glued = before.slice(0, cut) + before.slice(cut).replace(GLUED_CREDIT, "$1$2 ");
  const p = re.credits.atEnd(glued);
  if (!p) return null;
  const caption = glued.slice(0, glued.length - p.length);
  return { caption, credit };
}
function creditInBrackets(text, re) {
  const full = text.endsWith("\uFF09");
  if (!full && !text.endsWith(")")) return null;
  const open = text.lastIndexOf(full ? "\uFF08" : "(");
  if (open < 0) return null;
  const inner = text.slice(open + 1, -1).trim();
  if (inner.length < 2 || inner.length > 60) return null;
  const lower = inner.toLowerCase();
  const p = lower.length === inner.length ? re.credits.atStart(lower) : null;
  if (p) {
    const rest = inner.slice(p.length).replace(/^\s*[:.]?\s*/u, "");
    return { caption: text.slice(0, open), credit: rest || inner };
  }
  if (full && re.bylines.atStart(lower)) return { caption: text.slice(0, open), credit: inner };
  return null;
}
function isAgencyLine(ctx, key) {
  const parts = key.split(/\s*[/|,;]\s*/);
  return parts.length <= 3 && parts.some((p) => ctx.book.agencies.has(matchKey(p)));
}
function creditLine(ctx, i, re) {
  const text = ctx.blocks[i]?.text ?? "";
  const f = ctx.feats[i];
  if (!f || f.words > MAX_CAPTION_WORDS) return null;
  if (COPYRIGHT_START.test(text)) {
    const credit = text.replace(COPYRIGHT_START, "");
    for (let j = Math.max(0, i - NEAR); j <= i + NEAR; j++) {
      const other = j === i ? "" : withoutSuffix(ctx.blocks[j]?.text ?? "");
      if (other.length >= 10 && credit.endsWith(other) && credit.length > other.length) {
        const c = credit.slice(0, -other.length).trim();
        return { caption: other, credit: c, rule: "photo-credit", reason: "a photo credit glued to its caption" };
      }
    }
    return { caption: null, credit, rule: "photo-credit", reason: "a photo credit (\xA9)" };
  }
  const tailCopyright = text.includes("\xA9") ? /^(.{10,}?)\s*©\s*([^©]{2,60})$/u.exec(text) : null;
  if (tailCopyright?.[2] && tailCopyright[2].split(/\s+/).length <= 6) {
    return {
      caption: cleanCaption(tailCopyright[1] ?? ""),
      credit: tailCopyright[2].trim(),
      rule: "image-caption",
      reason: "a caption ending with its photo credit"
    };
  }
  const rest = creditAtStart(text, re);
  if (rest !== null) {
    if (f.words <= MAX_CREDIT_WORDS) {
      return { caption: null, credit: rest.trim(), rule: "photo-credit", reason: "a photo credit line" };
    }
    const glue = new RegExp("\\p{Ll}(?=\\p{Lu}\\p{Ll})", "u").exec(rest.slice(0, 80));
    if (glue) {
      const cut = glue.index + 1;
      return {
        caption: rest.slice(cut),
        credit: rest.slice(0, cut),
        rule: "photo-credit",
        reason: "a photo credit glued to its caption"
      };
    }
    return null;
  }
  const tail = creditAtEnd(text, re) ?? creditInBrackets(text, re);
  if (tail) {
    return {
      caption: cleanCaption(tail.caption),
      credit: tail.credit,
      rule: "image-caption",
      reason: "a caption ending with its photo credit"
    };
  }
  if (f.words <= 6 && isAgencyLine(ctx, f.key)) {
    return { caption: null, credit: text, rule: "photo-credit", reason: "a line naming only a photo or news agency" };
  }
  return null;
}
function figuresRule(ctx) {
  const re = patterns(ctx);
  const found = /* @__PURE__ */ new Map();
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i)) return;
    if (YEAR2.test(b.text) && COPYRIGHT_YEAR.test(b.text) && (ctx.feats[i]?.words ?? 0) <= 40) {
      drop(ctx, i, "copyright", "a copyright notice");
      return;
    }
    const hit = creditLine(ctx, i, re);
    if (hit) found.set(i, hit);
  });
  const captions = new Set([...found.values()].map((f) => matchKey(f.caption ?? "")).filter(Boolean));
  const altKeys = ctx.blocks.map((b, i) => {
    const words2 = ctx.feats[i]?.words ?? 0;
    if (words2 < 3 || words2 > MAX_ALT_WORDS + 5) return "";
    const stripped = withoutSuffix(b.text);
    return stripped === b.text ? ctx.feats[i]?.key ?? "" : matchKey(stripped);
  });
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i) || found.has(i)) return;
    const key = altKeys[i] ?? "";
    if (!key) return;
    const n = countSpaces(key) + 1;
    if (n < 3 || n > MAX_ALT_WORDS) return;
    const mine = withoutSuffix(b.text);
    const repeatsCaption = captions.size > 0 && captions.has(key) && [...found.keys()].some((j) => Math.abs(j - i) <= NEAR);
    let pair = -1;
    for (let j = i + 1; j <= i + 2 && j < ctx.blocks.length; j++) {
      if (undecided(ctx, j) && !found.has(j) && altKeys[j] === key) pair = j;
    }
    if (repeatsCaption) {
      found.set(i, { caption: mine, credit: null, rule: "image-alt", reason: "image alt text repeating the caption" });
    } else if (pair >= 0) {
      const hasSuffix = mine !== b.text;
      const credited = [...found].some(([j, f]) => f.credit && Math.abs(j - i) <= NEAR + 1);
      const otherSuffix = ctx.feats[pair]?.key !== key;
      if (!hasSuffix && !otherSuffix && !credited) return;
      const alt = {
        caption: mine,
        credit: null,
        rule: "image-alt",
        reason: "image alt text, repeated as the caption"
      };
      const cap = {
        caption: mine,
        credit: null,
        rule: "image-caption",
        reason: "an image caption, repeating its alt text"
      };
      found.set(i, hasSuffix ? alt : cap);
      found.set(pair, hasSuffix ? cap : alt);
    }
  });
  for (const [i, f] of [...found]) {
    const prev = ctx.feats[i - 1];
    const text = ctx.blocks[i - 1]?.text ?? "";
    if (f.caption || !prev || found.has(i - 1) || !undecided(ctx, i - 1)) continue;
    if (prev.words >= 3 && prev.words <= 30 && !/[.!?:]$/.test(text)) {
      f.caption = text;
      found.set(i - 1, {
        caption: text,
        credit: null,
        rule: "image-caption",
        reason: "an unpunctuated line above a photo credit"
      });
    }
  }
  let group = null;
  const flush = () => {
    if (group && (group.caption || group.credit)) ctx.images.push({ caption: group.caption, credit: group.credit });
  };
  for (const i of [...found.keys()].sort((a, b) => a - b)) {
    const f = found.get(i);
    if (!f) continue;
    const role = f.rule === "photo-credit" ? "credit" : "caption";
    drop(ctx, i, f.rule, f.reason, role);
    if (!group || i - group.last > NEAR || group.credit && f.credit || group.caption && f.caption && matchKey(group.caption) !== matchKey(f.caption)) {
      flush();
      group = { last: i, caption: null, credit: null };
    }
    group.last = i;
    group.caption ??= f.caption;
    group.credit ??= f.credit;
  }
  flush();
}

// src/classify/rules/foreign-script.ts
var MAX_WORDS3 = 12;
function foreignScriptRule(ctx) {
  const main = ctx.script;
  if (!main) return;
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i) || (ctx.feats[i]?.words ?? 0) > MAX_WORDS3) return;
    const other = foreignScript(b.text, main);
    if (other) drop(ctx, i, "foreign-script", `${other} line in a ${main} page`);
  });
}

// src/classify/rules/markup.ts
var LINK_DENSITY = 0.65;
var PROSE_WORDS2 = 25;
var NAV_WORDS = /* @__PURE__ */ new Set(["menu", "nav", "navbar", "navigation"]);
function markupRule(ctx) {
  ctx.blocks.forEach((b, i) => {
    const h = b.html;
    if (!h || !undecided(ctx, i)) return;
    if (h.kind === "caption") {
      ctx.images.push({ caption: b.text, credit: null });
      drop(ctx, i, "image-caption", "the caption of a figure", "caption");
      return;
    }
    const navLike = h.landmark === "nav" || NAV_WORDS.has(h.negative ?? "");
    const prose = navLike && ctx.qualities[i] === "good" && (ctx.feats[i]?.words ?? 0) >= PROSE_WORDS2 && h.linkDensity < 0.2;
    if (h.landmark && !(h.inArticle && h.landmark === "header") && !prose) {
      drop(ctx, i, "markup:landmark", `inside <${h.landmark}>, which holds page furniture, not the article`);
      return;
    }
    if (h.negative && !h.positive && !prose) {
      drop(ctx, i, "markup:class", `inside an element whose class or id says "${h.negative}"`);
      return;
    }
    if (h.linkDensity >= LINK_DENSITY && h.kind !== "heading") {
      drop(ctx, i, "markup:links", `${Math.round(h.linkDensity * 100)}% of its text is links`);
    }
  });
}

// src/classify/rules/menu-run.ts
var MIN_RUN = 3;
var MAX_WORDS4 = 3;
function menuRunRule(ctx) {
  const short = ctx.blocks.map((_, i) => {
    const f = ctx.feats[i];
    return !!f && f.words <= MAX_WORDS4 && !f.sentence;
  });
  let start = 0;
  while (start < short.length) {
    if (!short[start]) {
      start++;
      continue;
    }
    let end = start;
    while (end < short.length && short[end]) end++;
    if (end - start >= MIN_RUN) {
      for (let i = start; i < end; i++) {
        if (undecided(ctx, i))
          drop(ctx, i, "menu-run", `one of ${end - start} short lines in a row (menu or list of links)`);
      }
    }
    start = end;
  }
}

// src/classify/rules/phrases.ts
var CONTAINS_MAX_WORDS = 25;
var GLUED_MAX_WORDS = 8;
function splitGlued(text) {
  return text.replace(new RegExp("(\\p{Ll})(\\p{Lu})", "gu"), "$1\0$2").split(/\u0000|\s*[|•·]\s*/u).map((s) => s.trim()).filter(Boolean);
}
var CJK4 = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(phrases) {
  let idx = indexes.get(phrases);
  if (!idx) {
    idx = { byFirstWord: /* @__PURE__ */ new Map(), signatures: /* @__PURE__ */ new Set(), unspaced: [] };
    for (const p of phrases) {
      if (CJK4.test(p.phrase)) {
        idx.unspaced.push(p);
        continue;
      }
      const first = p.phrase.split(" ")[0] ?? "";
      const list2 = idx.byFirstWord.get(first) ?? [];
      list2.push(p);
      idx.byFirstWord.set(first, list2);
      idx.signatures.add(signature2(first.charCodeAt(0), first.length));
    }
    indexes.set(phrases, idx);
  }
  return idx;
}
var signature2 = (first, length) => first * 64 + Math.min(length, 63);
var WORDISH = /[\p{L}\p{N}]/u;
function findPhrase(key, phrases) {
  const idx = indexOf(phrases);
  for (let offset = 0; offset <= key.length; ) {
    let end = key.indexOf(" ", offset);
    if (end < 0) end = key.length;
    const last = key.charCodeAt(end - 1);
    const plain = end > offset && (last >= 97 && last <= 122 || last > 127);
    let list2;
    if (!plain || idx.signatures.has(signature2(key.charCodeAt(offset), end - offset))) {
      const token = key.slice(offset, end);
      const bare = plain ? token : trimTokenEnd(token);
      list2 = idx.byFirstWord.get(bare) ?? (bare === token ? void 0 : idx.byFirstWord.get(token));
    }
    for (const p of list2 ?? []) {
      if (key.startsWith(p.phrase, offset) && !WORDISH.test(key[offset + p.phrase.length] ?? "")) return p;
    }
    offset = end + 1;
  }
  if (idx.unspaced.length && CJK4.test(key)) return idx.unspaced.find((p) => key.includes(p.phrase));
  return void 0;
}
var longest = /* @__PURE__ */ new WeakMap();
function longestLabel(lines) {
  let n = longest.get(lines);
  if (n === void 0) {
    n = 0;
    for (const k of lines.keys()) n = Math.max(n, k.length);
    longest.set(lines, n);
  }
  return n;
}
var NON_ASCII3 = /[^\x00-\x7f]/;
function mayBeGlued(text) {
  return NON_ASCII3.test(text) ? new RegExp("\\p{Ll}\\p{Lu}|[|\u2022\xB7]", "u").test(text) : /[a-z][A-Z]|\|/.test(text);
}
function phrasesRule(ctx) {
  const { lines } = ctx.book;
  const maxLabel = longestLabel(lines);
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i)) return;
    const f = ctx.feats[i];
    if (!f?.key) return;
    const whole = f.key.length <= maxLabel ? lines.get(f.key) : void 0;
    if (whole) {
      drop(ctx, i, `phrase:${whole}`, `the whole line is a known ${whole} label`);
      return;
    }
    if (f.words > CONTAINS_MAX_WORDS) return;
    const parts = f.words <= GLUED_MAX_WORDS && mayBeGlued(b.text) ? splitGlued(b.text) : [];
    if (parts.length > 1) {
      const cats = parts.map((p) => lines.get(matchKey(p)));
      if (cats.every(Boolean)) {
        drop(ctx, i, `phrase:${cats[0]}`, `glued UI labels: ${parts.join(" + ")}`);
        return;
      }
    }
    const hit = findPhrase(f.key, ctx.containsPhrases);
    if (hit) drop(ctx, i, `phrase:${hit.category}`, `a short line with the ${hit.category} prompt "${hit.phrase}"`);
  });
}
function isCommentCount(ctx, text, words2) {
  if (words2 > 6 || !/\d/.test(text)) return false;
  return text.split(/[\s\d()[\]:.,]+/u).some((w) => w.length > 2 && ctx.book.lines.get(matchKey(w)) === "comments");
}
var MARKER_NAME_MAX_WORDS = 5;
function markerWithName(ctx, text, key, sentence) {
  if (sentence || /[:：.!?→»›>]/u.test(text)) return false;
  const spaces = [];
  for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1)) spaces.push(i);
  const parts = spaces.length + 1;
  for (let n = Math.min(parts - 1, 4); n >= 2; n--) {
    if (parts - n > MARKER_NAME_MAX_WORDS) break;
    if (ctx.book.endMarkers.has(key.slice(0, spaces[n - 1]))) return true;
  }
  return false;
}
var COUNT_ON_TITLE = /^\d+\s+[^\s\d]+(?:\s+[^\s\d]+)?\s+[^\s\d]{1,4}\s+["“”„«‚‘'»]/;
var COMMENT_HEADER_MAX_WORDS = 30;
function isCommentHeader(text, words2) {
  return words2 <= COMMENT_HEADER_MAX_WORDS && COUNT_ON_TITLE.test(text);
}
function endMarkersRule(ctx) {
  ctx.blocks.forEach((b, i) => {
    const f = ctx.feats[i];
    if (!f || !undecided(ctx, i)) return;
    if (isCommentHeader(b.text, f.words)) {
      ctx.barriers.add(i);
      drop(ctx, i, "end-marker", `"${b.text}" heads the readers' comments`);
      return;
    }
    if (f.words > 8) return;
    if (!ctx.book.endMarkers.has(f.key) && !markerWithName(ctx, b.text, f.key, f.sentence) && !isCommentCount(ctx, b.text, f.words))
      return;
    const comments = ctx.book.lines.get(f.key) === "comments" || isCommentCount(ctx, b.text, f.words);
    const next = ctx.blocks[i + 1];
    const nf = ctx.feats[i + 1];
    const prose = (j) => ctx.qualities[j] === "good" || ctx.qualities[j] === "near" && !!ctx.feats[j]?.sentence;
    if (!comments && next && nf && headlineLike(next.text, nf.words, nf.sentence) && (prose(i + 2) || prose(i + 3))) {
      drop(ctx, i, "teaser", `"${b.text}" introduces a related article inside the text`);
      drop(ctx, i + 1, "teaser-headline", "headline of a related article, after its marker");
      return;
    }
    ctx.barriers.add(i);
    drop(ctx, i, "end-marker", `"${b.text}" starts what follows an article`);
  });
}

// src/text/template-key.ts
function templateKey(text) {
  return text.toLowerCase().replace(new RegExp("\\p{N}+", "gu"), "0").replace(/[\p{P}\p{S}\s]+/gu, " ").trim();
}

// src/classify/rules/repeated-across-pages.ts
function repeatedAcrossPagesRule(ctx) {
  const template = ctx.template;
  if (!template || template.lines.size === 0) return;
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i)) return;
    const k = template.lines.get(templateKey(b.text));
    if (k === void 0) return;
    drop(
      ctx,
      i,
      `repeated-across-pages (${k} of ${template.docs})`,
      `the line occurs on ${k} of ${template.docs} pages of the same site or folder (learned template)`
    );
  });
}

// src/classify/rules/site-suffix.ts
function siteSuffixRule(ctx) {
  const site = ctx.siteName;
  if (!site) return;
  const tail = siteTail(site);
  const captionKeys = new Set(ctx.images.map((im) => matchKey(im.caption ?? "")).filter(Boolean));
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i) || !b.text.endsWith(site) || !tail.test(b.text)) return;
    if (i === 0) return;
    const prefix = b.text.replace(tail, "");
    if (captionKeys.has(matchKey(prefix))) {
      drop(ctx, i, "image-alt", "image alt text repeating the caption", "caption");
      return;
    }
    const next = ctx.blocks[i + 1];
    const nf = ctx.feats[i + 1];
    if (next && nf && undecided(ctx, i + 1) && headlineLike(next.text, nf.words, nf.sentence)) {
      drop(ctx, i, "teaser", `image of a related article ("\u2026 - ${site}")`);
      drop(ctx, i + 1, "teaser-headline", "headline of a related article, after its image");
      return;
    }
    drop(ctx, i, "site-suffix", `image alt or link ending in " - ${site}"`);
  });
}

// src/classify/rules/teaser-label.ts
var MAX_WORDS5 = 25;
var MIN_WORDS = 3;
var LABEL = /^([^:：]{2,40})[:：]\s*\S/u;
function teaserLabelRule(ctx) {
  ctx.blocks.forEach((b, i) => {
    if (!undecided(ctx, i)) return;
    const f = ctx.feats[i];
    if (!f || f.words > MAX_WORDS5 || f.words < MIN_WORDS) return;
    const m = LABEL.exec(b.text);
    if (!m) return;
    const key = matchKey(m[1] ?? "");
    if (!key || ctx.book.lines.get(key) !== "related" && !ctx.book.endMarkers.has(key)) return;
    drop(ctx, i, "teaser", `"${m[1]}:" opens a line of links (related articles, tags) inside the text`);
  });
}

// src/classify/teaser-tail.ts
var MIN_ITEMS = 2;
var MIN_HEADS = 2;
var ITEM_PART = /^(?:teaser|duplicate|counter)/;
var BLURB_MAX_WORDS = 90;
var MIN_ARTICLE_WORDS = 150;
var TITLE_MAX_WORDS = 20;
var TITLE_CAPS = 0.8;
function titleCase(text, words2) {
  if (words2 < 3 || words2 > TITLE_MAX_WORDS) return false;
  const ws = text.split(/\s+/u).filter((w) => /^[\p{L}]/u.test(w.replace(/^[^\p{L}\p{N}]+/u, "")));
  if (ws.length < 3) return false;
  const caps = ws.filter((w) => new RegExp("^\\p{Lu}", "u").test(w.replace(/^[^\p{L}\p{N}]+/u, ""))).length;
  return caps / ws.length >= TITLE_CAPS;
}
function isProse2(ctx, qualities, j) {
  if (!undecided(ctx, j)) return false;
  const q = qualities[j];
  const f = ctx.feats[j];
  if (q === "good" && !(f && titleCase(ctx.blocks[j]?.text ?? "", f.words))) return true;
  return q === "near" && !!f?.sentence && !titleCase(ctx.blocks[j]?.text ?? "", f.words);
}
function trimTeaserTail(ctx, qualities, region) {
  let i = region.end;
  while (i >= region.start && !isProse2(ctx, qualities, i)) i--;
  const heads = [];
  while (i >= region.start) {
    if ((ctx.feats[i]?.words ?? 0) > BLURB_MAX_WORDS) break;
    let j = i - 1;
    const above = [];
    while (j >= region.start && !isProse2(ctx, qualities, j)) {
      if (undecided(ctx, j) || ITEM_PART.test(ctx.decisions[j]?.rule ?? "")) above.push(j);
      j--;
    }
    if (above.length < MIN_HEADS || j < region.start) break;
    heads.push(above);
    i = j;
  }
  const items = heads.length;
  const top = heads[items - 1];
  if (items < MIN_ITEMS || !top) return region.end;
  const most = Math.max(...heads.slice(0, -1).map((h) => h.length));
  const cut = top[Math.min(top.length, most) - 1] ?? region.end + 1;
  let words2 = 0;
  for (let j = region.start; j < cut; j++) if (isProse2(ctx, qualities, j)) words2 += ctx.feats[j]?.words ?? 0;
  if (words2 < MIN_ARTICLE_WORDS) return region.end;
  for (let j = cut; j <= region.end; j++)
    drop(ctx, j, "teaser-list", "in a list of teasers (headline and one short blurb each) after the article");
  return cut - 1;
}

// src/classify/classify.ts
var RULES = [
  markupRule,
  endMarkersRule,
  foreignScriptRule,
  countersRule,
  phrasesRule,
  commentThreadRule,
  teaserLabelRule,
  figuresRule,
  siteSuffixRule,
  duplicatesRule,
  repeatedAcrossPagesRule,
  menuRunRule
];
function classify(blocks, book, langHint, containerParent, template) {
  const page = guessPage(blocks, langHint);
  const cjk = page.script === "Han";
  const feats = blocks.map((b) => features(b, page.stop, densityFrom(cjk)));
  const haveStop = page.stop.size > 0;
  const ctx = {
    blocks,
    feats,
    qualities: feats.map((f) => quality(f, cjk, haveStop, densityScale(page.coverage))),
    decisions: new Array(blocks.length).fill(void 0),
    book,
    containsPhrases: containsFor(book, page.related),
    script: page.script,
    lang: page.lang,
    siteName: inferSiteName(blocks, book),
    images: [],
    barriers: /* @__PURE__ */ new Set(),
    template
  };
  for (const rule of RULES) rule(ctx);
  let region = proseBeforeMarker(ctx, ctx.qualities, findRegion(ctx, ctx.qualities));
  const listEnd = announcedListAfter(ctx, region);
  if (region && listEnd > region.end) {
    for (let i = region.end + 1; i <= listEnd; i++)
      ctx.decisions[i] = {
        keep: true,
        role: "paragraph",
        rule: "content:list",
        reason: "an item of the list the article announces"
      };
    region = { start: region.start, end: listEnd };
  }
  if (region) region = { start: region.start, end: trimTeaserTail(ctx, ctx.qualities, region) };
  const main = region && containerParent ? mainContainer(ctx, ctx.qualities, containerParent, region) : null;
  if (main !== null && containerParent) dropOutsideContainer(ctx, containerParent, main, region);
  decideByRegion(ctx, ctx.qualities, region);
  if (main !== null && containerParent) keepInsideContainer(ctx, containerParent, main, region);
  const classified = blocks.map((b, i) => {
    const d = ctx.decisions[i] ?? { keep: false, role: "boilerplate", rule: "unclassified", reason: "" };
    return {
      index: b.index,
      text: b.text,
      line: b.line,
      gapBefore: b.gapBefore,
      keep: d.keep,
      role: d.role,
      rule: d.rule,
      reason: d.reason,
      ...b.html ? { html: b.html } : {}
    };
  });
  return {
    blocks: classified,
    lang: page.lang,
    candidates: page.candidates,
    siteName: ctx.siteName,
    images: ctx.images,
    region,
    wordParts: feats.map((f) => f.counted)
  };
}

// src/decode/binary.ts
var SIGNATURES = [
  { name: "PNG", magic: "\x89PNG\r\n\n" },
  { name: "JPEG", magic: "\xFF\xD8\xFF" },
  { name: "GIF", magic: "GIF87a" },
  { name: "GIF", magic: "GIF89a" },
  { name: "TIFF", magic: "II*\0" },
  { name: "TIFF", magic: "MM\0*" },
  { name: "ICO", magic: "\0\0\0" },
  { name: "PDF", magic: "%PDF-" },
  { name: "ZIP", magic: "PK" },
  { name: "ZIP", magic: "PK" },
  { name: "7-Zip", magic: "7z\xBC\xAF'" },
  { name: "RAR", magic: "Rar!\x07" },
  { name: "xz", magic: "\xFD7zXZ\0" },
  { name: "zstd", magic: "(\xB5/\xFD" },
  { name: "bzip2", magic: "BZh", printable: true },
  { name: "tar", magic: "ustar", offset: 257, printable: true },
  { name: "ar archive", magic: "!<arch>\n" },
  { name: "ELF executable", magic: "\x7FELF" },
  { name: "Windows executable", magic: "MZ", printable: true },
  { name: "Mach-O executable", magic: "\xCF\xFA\xED\xFE" },
  { name: "Mach-O executable", magic: "\xCE\xFA\xED\xFE" },
  { name: "Java class", magic: "\xCA\xFE\xBA\xBE" },
  { name: "WebAssembly", magic: "\0asm" },
  { name: "SQLite database", magic: "SQLite format 3\0" },
  { name: "MS Office document", magic: "\xD0\xCF\xE0\xA1\xB1\xE1" },
  { name: "MP4 video", magic: "ftyp", offset: 4, printable: true },
  { name: "Matroska/WebM video", magic: "E\xDF\xA3" },
  { name: "WebP", magic: "WEBP", offset: 8, riff: true },
  { name: "WAV audio", magic: "WAVE", offset: 8, riff: true },
  { name: "AVI video", magic: "AVI ", offset: 8, riff: true },
  { name: "MP3", magic: "ID3" },
  { name: "MP3", magic: "ID3" },
  { name: "MP3", magic: "ID3" },
  { name: "Ogg", magic: "OggS\0" },
  { name: "FLAC", magic: "fLaC", printable: true },
  { name: "WOFF font", magic: "wOFF", printable: true },
  { name: "WOFF2 font", magic: "wOF2", printable: true },
  { name: "Photoshop image", magic: "8BPS\0" }
];
var SAMPLE = 4096;
function isControl(b) {
  return b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27;
}
function controlHeavy(sample) {
  let zeros = 0;
  let controls = 0;
  let content = 0;
  for (const b of sample) {
    if (b === 0) zeros++;
    else if (isControl(b)) controls++;
    else if (b !== 32 && b !== 10 && b !== 13 && b !== 9) content++;
  }
  if (content === 0 && controls === 0) return false;
  return zeros > sample.length * 0.1 || controls >= 8 && controls > sample.length * 0.05;
}
function bomlessUtf16(sample) {
  const n = Math.min(sample.length, SAMPLE) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  const order = oddZero >= pairs * 0.4 && evenZero <= pairs * 0.05 ? 0 : evenZero >= pairs * 0.4 && oddZero <= pairs * 0.05 ? 1 : -1;
  if (order < 0) return null;
  let controls = 0;
  for (let i = order; i < n; i += 2) if (isControl(sample[i])) controls++;
  if (controls > pairs * 0.05) return null;
  return order === 0 ? "utf-16le" : "utf-16be";
}
function binaryKind(bytes) {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 300)).toString("latin1");
  const sample = bytes.subarray(0, SAMPLE);
  let heavy;
  const looksBinary = () => {
    heavy ??= controlHeavy(sample);
    return heavy;
  };
  for (const s of SIGNATURES) {
    if (!head.startsWith(s.magic, s.offset ?? 0) || s.riff && !head.startsWith("RIFF")) continue;
    if (s.printable && !looksBinary()) continue;
    return s.name;
  }
  if (bomlessUtf16(sample)) return null;
  return looksBinary() ? "binary data" : null;
}

// src/decode/detect.ts
import { createRequire as createRequire5 } from "node:module";

// src/decode/labels.ts
import { createRequire as createRequire4 } from "node:module";
var iconv;
function iconvLite() {
  iconv ??= createRequire4(import.meta.url)("iconv-lite");
  return iconv;
}
function canonicalEncoding(label) {
  const l = label.trim().toLowerCase();
  if (!l) return null;
  try {
    const name = new TextDecoder(l).encoding;
    return name === "replacement" ? null : name;
  } catch {
    return iconvLite().encodingExists(l) ? l : null;
  }
}
var ICONV_NAMES = {
  gbk: "gb18030",
  "iso-8859-8-i": "iso-8859-8",
  "x-mac-cyrillic": "maccyrillic",
  macintosh: "macroman",
  "x-user-defined": "windows-1252"
};
function decodeWith(bytes, encoding) {
  if (encoding === "utf-8" || encoding === "utf-16le" || encoding === "utf-16be") {
    return new TextDecoder(encoding).decode(bytes);
  }
  const name = ICONV_NAMES[encoding] ?? encoding;
  const lib = iconvLite();
  if (lib.encodingExists(name)) return lib.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
  return new TextDecoder(encoding).decode(bytes);
}

// src/decode/detect.ts
var chardet;
var SAMPLE_BYTES = 256 * 1024;
function detectEncoding(bytes) {
  chardet ??= createRequire5(import.meta.url)("chardet");
  const sample = bytes.byteLength > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  for (const m of chardet.analyse(sample)) {
    if (/^utf/i.test(m.name)) continue;
    const name = canonicalEncoding(m.name);
    if (name) return name;
  }
  return null;
}

// src/decode/gzip.ts
import { gunzipSync } from "node:zlib";
function isGzip(bytes) {
  return bytes[0] === 31 && bytes[1] === 139 && bytes[2] === 8;
}
function gunzip(bytes, maxBytes) {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    if (err.code === "ERR_BUFFER_TOO_LARGE") throw tooLarge("once unpacked", maxBytes);
    throw new InputError("corrupt", `gzip data is broken (${err.message})`);
  }
}

// src/decode/mojibake.ts
var escapeClass = (chars) => chars.map((c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`).join("");
function buildTable(encoding, minSequences) {
  const byteOf = /* @__PURE__ */ new Map();
  const classes = { cont: [], lead2: [], lead3: [], lead4: [] };
  for (let b = 128; b <= 255; b++) {
    let c = iconvLite().decode(Buffer.from([b]), encoding);
    if (c === "\uFFFD") c = String.fromCharCode(b);
    byteOf.set(c, b);
    if (b <= 191) classes.cont.push(c);
    else if (b >= 194 && b <= 223) classes.lead2.push(c);
    else if (b >= 224 && b <= 239) classes.lead3.push(c);
    else if (b >= 240 && b <= 244) classes.lead4.push(c);
  }
  const cont = `[${escapeClass(classes.cont)}]`;
  const seq = `[${escapeClass(classes.lead2)}]${cont}|[${escapeClass(classes.lead3)}]${cont}{2}|[${escapeClass(classes.lead4)}]${cont}{3}`;
  return { encoding, byteOf, run: new RegExp(`(?:${seq})+`, "gu"), minSequences };
}
var tables;
function allTables() {
  tables ??= [buildTable("windows-1252", 1), buildTable("windows-1251", 2)];
  return tables;
}
var SUSPECT = /[\u00C2-\u00F4\u0420\u0421][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u0401-\u040F\u0451-\u045F\u0490\u0491\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2116\u2122]/;
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function utf8Sequences(bytes) {
  return bytes.filter((b) => b >= 192).length;
}
var SPACE_LIKE = /* @__PURE__ */ new Set([160, 173]);
var COMMON_LEADS = /* @__PURE__ */ new Set([194, 195, 208, 209]);
function plausible(bytes, sequences) {
  if (sequences > 1 || COMMON_LEADS.has(bytes[0] ?? 0)) return true;
  return !bytes.some((b) => SPACE_LIKE.has(b));
}
function repairWith(text, table) {
  const strong = repairRuns(text, table, table.minSequences);
  if (table.minSequences === 1 || strong.runs < 2) return strong;
  return repairRuns(text, table, 1);
}
function repairRuns(text, table, minSequences) {
  let count = 0;
  let runs = 0;
  const out = text.replace(table.run, (run2) => {
    const bytes = [];
    for (const c of run2) bytes.push(table.byteOf.get(c) ?? 0);
    const sequences = utf8Sequences(bytes);
    if (sequences < minSequences || !plausible(bytes, sequences)) return run2;
    let fixed;
    try {
      fixed = strictUtf8.decode(new Uint8Array(bytes));
    } catch {
      return run2;
    }
    if (/[\u0080-\u009F]/.test(fixed)) return run2;
    count += sequences;
    runs++;
    return fixed;
  });
  return { text: out, count, runs };
}
function repairMojibake(text) {
  if (!SUSPECT.test(text)) return { text, misreadAs: null, sequences: 0 };
  let misreadAs = null;
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

// src/decode/prescan.ts
var PRESCAN_BYTES = 64 * 1024;
var TAG = /<!--[\s\S]*?(?:-->|$)|<meta[\s/]([^>]*)>?|<\/?[a-z][^>]*>?|<[!/?][^>]*>?/gi;
var ATTRIBUTE = /([^\s/>=][^\s/>=]*)\s*(?:=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?/g;
var CHARSET_IN_CONTENT = /charset\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s;"']+))/i;
function metaCharset(attributes) {
  let httpEquiv = false;
  let content = null;
  let charset = null;
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    const name = (m[1] ?? "").toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? "";
    if (name === "http-equiv") httpEquiv = value.trim().toLowerCase() === "content-type";
    else if (name === "content" && content === null) content = value;
    else if (name === "charset" && charset === null) charset = value;
  }
  if (charset !== null) return charset;
  if (httpEquiv && content !== null) {
    const c = CHARSET_IN_CONTENT.exec(content);
    if (c) return c[1] ?? c[2] ?? c[3] ?? null;
  }
  return null;
}
var XML_DECLARATION = /^<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/i;
function declaredEncoding(bytes) {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString(
    "latin1"
  );
  for (const m of head.matchAll(TAG)) {
    if (m[1] === void 0) {
      if (/^<body[\s>]/i.test(m[0])) break;
      continue;
    }
    const label = metaCharset(m[1]);
    if (label === null) continue;
    const name = canonicalEncoding(label);
    if (name === null) continue;
    return name.startsWith("utf-16") ? "utf-8" : name;
  }
  const xml = XML_DECLARATION.exec(head.trimStart());
  const xmlName = xml?.[1] ? canonicalEncoding(xml[1]) : null;
  return xmlName?.startsWith("utf-16") ? "utf-8" : xmlName;
}

// src/decode/sniff-type.ts
var SNIFF_CHARS = 1024;
var HTML_OPENING = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html|<(?:html|head|body)[\s>]/i;
var HEAD_ELEMENT_OPENING = /^\s*<(?:style|script|meta|link|title|base)[\s>/]/i;
var TAG2 = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;
function looksLikeHtml(text) {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  if (HTML_OPENING.test(head) || HEAD_ELEMENT_OPENING.test(head)) return true;
  if (!head.includes("<")) return false;
  let lines = 0;
  let tagLines = 0;
  let tags = 0;
  for (const line of head.split("\n")) {
    if (line.trim() === "") continue;
    lines++;
    const n = line.split(TAG2).length - 1;
    if (n > 0) tagLines++;
    tags += n;
  }
  return tags >= 3 && tagLines * 2 >= lines;
}

// src/decode/utf8.ts
function scanUtf8(b) {
  let multibyte = 0;
  let invalid = 0;
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 128) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) need = 1;
    else if (c >= 224 && c <= 239) {
      need = 2;
      if (c === 224) lo = 160;
      if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      need = 3;
      if (c === 240) lo = 144;
      if (c === 244) hi = 143;
    }
    if (need === 0) {
      invalid++;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const d = b[i + j];
      if (d === void 0 || d < (j === 1 ? lo : 128) || d > (j === 1 ? hi : 191)) break;
    }
    if (j > need) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i += j;
    }
  }
  return { multibyte, invalid };
}

// src/decode/decode.ts
function bomOf(b) {
  if (b[0] === 239 && b[1] === 187 && b[2] === 191) return { encoding: "utf-8", length: 3 };
  if (b[0] === 255 && b[1] === 254) return { encoding: "utf-16le", length: 2 };
  if (b[0] === 254 && b[1] === 255) return { encoding: "utf-16be", length: 2 };
  return null;
}
var strictUtf82 = new TextDecoder("utf-8", { fatal: true });
function strictUtf8Decode(bytes) {
  try {
    return strictUtf82.decode(bytes);
  } catch {
    return null;
  }
}
var NOT_ASCII_COMPATIBLE = /* @__PURE__ */ new Set(["iso-2022-jp", "utf-16le", "utf-16be"]);
function readUnlabelled(bytes, html) {
  const text = strictUtf8Decode(bytes);
  const declared = html ? declaredEncoding(bytes) : null;
  if (text !== null) {
    const ascii = text.length === bytes.byteLength;
    if (ascii && declared && declared !== "utf-8") {
      return NOT_ASCII_COMPATIBLE.has(declared) ? { text: decodeWith(bytes, declared), encoding: declared, notes: [] } : { text, encoding: declared, notes: [] };
    }
    const notes2 = !ascii && declared && declared !== "utf-8" ? [`declared ${declared}, but the bytes are valid UTF-8`] : [];
    return { text, encoding: "utf-8", notes: notes2 };
  }
  const scan = scanUtf8(bytes);
  const mostlyUtf8 = declared === "utf-8" ? scan.multibyte >= scan.invalid : scan.multibyte >= 8 * scan.invalid;
  if (mostlyUtf8 && (declared === null || declared === "utf-8")) {
    const note = `${scan.invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD`;
    return { text: decodeWith(bytes, "utf-8"), encoding: "utf-8", notes: [note] };
  }
  if (declared && declared !== "utf-8") return { text: decodeWith(bytes, declared), encoding: declared, notes: [] };
  const detected = detectEncoding(bytes);
  const encoding = detected ?? "windows-1252";
  const notes = [detected ? `encoding detected as ${detected}` : "encoding unknown: read as windows-1252"];
  if (declared === "utf-8") notes.unshift("declared utf-8, but most non-ASCII bytes are not UTF-8");
  return { text: decodeWith(bytes, encoding), encoding, notes };
}
function resolveType(option, head) {
  if (option === "html" || option === "text") return option;
  return looksLikeHtml(head) ? "html" : "text";
}
function finish(text, type, encoding, bytes, notes) {
  const repair = repairMojibake(text);
  const doc = { text: normalizeText(repair.text), type, encoding, bytes, notes };
  if (repair.misreadAs) {
    doc.repaired = repair.misreadAs;
    notes.push(`repaired ${repair.sequences} character(s) of UTF-8 misread as ${repair.misreadAs}`);
  }
  return doc;
}
function decodeString(input, options, maxBytes) {
  const size = input.length * 3 > maxBytes ? Buffer.byteLength(input) : 0;
  if (size > maxBytes) throw tooLarge(`${size} bytes`, maxBytes);
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  return finish(text, resolveType(options.type, text), "utf-8", size || Buffer.byteLength(input), []);
}
function decode(input, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof input === "string") return decodeString(input, options, maxBytes);
  if (input.byteLength > maxBytes) throw tooLarge(`${input.byteLength} bytes`, maxBytes);
  const notes = [];
  let bytes = input;
  const gzipped = isGzip(bytes);
  if (gzipped) {
    bytes = gunzip(bytes, maxBytes);
    notes.push("gzip unpacked");
  }
  const override = options.encoding ? canonicalEncoding(options.encoding) : null;
  if (options.encoding && !override) throw new RangeError(`unknown encoding: ${options.encoding}`);
  let bom = bomOf(bytes);
  const wide = bom !== null && bom.encoding !== "utf-8" || /^utf-(16|32)/.test(override ?? "");
  const binary = wide ? null : binaryKind(bytes);
  if (binary) {
    const what = gzipped ? `gzip-compressed ${binary}` : binary;
    throw new InputError("binary", `not a text or HTML page (looks like ${what})`);
  }
  if (!bom && !override) {
    const utf16 = bomlessUtf16(bytes);
    if (utf16) {
      bom = { encoding: utf16, length: 0 };
      notes.push(`${utf16} without a byte-order mark`);
    }
  }
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const head = bom && bom.encoding !== "utf-8" ? decodeWith(body.subarray(0, 2048), bom.encoding) : Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 1024)).toString("latin1");
  const type = resolveType(options.type, head);
  let reading;
  if (override)
    reading = { text: decodeWith(bom?.encoding === override ? body : bytes, override), encoding: override, notes: [] };
  else if (bom) reading = { text: decodeWith(body, bom.encoding), encoding: bom.encoding, notes: [] };
  else reading = readUnlabelled(body, type === "html");
  notes.push(...reading.notes);
  return finish(reading.text, type, reading.encoding, input.byteLength, notes);
}

// src/pipeline.ts
function cleanDetailed(input, options = {}) {
  const doc = decode(input, options);
  const type = doc.type;
  const html = type === "html" ? blocksFromHtml(doc.text) : null;
  const blocks = html ? html.blocks : blocksFromText(doc.text);
  const book = phraseBook(options.boilerplate);
  const hint = options.lang && options.lang !== "auto" ? options.lang : void 0;
  const classification = classify(blocks, book, hint, html?.containerParent, options.template);
  const source = { path: options.path ?? "-", type, encoding: doc.encoding, bytes: doc.bytes };
  if (doc.notes.length > 0) source.notes = doc.notes;
  if (doc.repaired) source.repaired = doc.repaired;
  const article = assemble(
    classification,
    book,
    source,
    hint,
    options.explain ?? false,
    html ? {
      declared: html.declared,
      comments: options.comments ?? false,
      links: options.links ?? false,
      images: options.images ?? false
    } : void 0
  );
  return { article, blocks: classification.blocks };
}
function cleanArticle(input, options = {}) {
  return cleanDetailed(input, options).article;
}

// src/render/markdown.ts
function yamlValue(v) {
  if (v === null) return "null";
  if (/^[\p{L}\p{N}][^:#'"\n{}[\],&*!|>%@`]*$/u.test(v) && !/^(?:true|false|null|yes|no|~)$/i.test(v) && !/\s$/.test(v))
    return v;
  return JSON.stringify(v);
}
function escapeBlockStart(p) {
  return p.replace(/^(#{1,6}\s|[-+*]\s|>|\d+[.)]\s)/, "\\$1");
}
function renderMarkdown(article) {
  const front = [
    "---",
    `title: ${yamlValue(article.title)}`,
    `lang: ${yamlValue(article.lang)}`,
    `site: ${yamlValue(article.siteName)}`,
    `byline: ${yamlValue(article.byline)}`,
    `published: ${yamlValue(article.published)}`,
    `source: ${yamlValue(article.source.path)}`,
    "---"
  ];
  const body = article.structure ? structured(article.structure) : article.paragraphs.map(escapeBlockStart);
  const head = article.title ? [`# ${article.title}`] : [];
  return `${[front.join("\n"), ...head, ...body].join("\n\n")}
`;
}
var cell = (c) => c.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
function structured(items) {
  const out = [];
  let i = 0;
  while (i < items.length) {
    const s = items[i];
    if (s.kind === "li") {
      const lines = [];
      const counters = [];
      for (; i < items.length && items[i]?.kind === "li"; i++) {
        const it = items[i];
        counters.length = it.depth + 1;
        counters[it.depth] = (counters[it.depth] ?? 0) + 1;
        const marker = it.list === "ol" ? `${counters[it.depth]}.` : "-";
        lines.push(`${"   ".repeat(it.depth)}${marker} ${it.markdown}`);
      }
      out.push(lines.join("\n"));
      continue;
    }
    if (s.kind === "row" && s.cells) {
      const rows = [];
      for (; i < items.length && items[i]?.kind === "row"; i++) {
        const r = items[i];
        if (rows.length && r.tableStart) break;
        rows.push((r.cells ?? [r.markdown]).map(cell));
      }
      const width = Math.max(...rows.map((r) => r.length));
      const line = (r) => `| ${Array.from({ length: width }, (_, k) => r[k] ?? "").join(" | ")} |`;
      const [header, ...rest] = rows;
      out.push([line(header ?? []), line(Array(width).fill("---")), ...rest.map(line)].join("\n"));
      continue;
    }
    i++;
    switch (s.kind) {
      case "heading":
        out.push(`${"#".repeat(Math.min(6, Math.max(2, s.level)))} ${s.markdown}`);
        break;
      case "quote":
        out.push(`> ${s.markdown}`);
        break;
      case "code":
        out.push(`\`\`\`
${s.markdown}
\`\`\``);
        break;
      default:
        out.push(escapeBlockStart(s.markdown));
    }
  }
  return out;
}

// src/render/render.ts
function render(article, format) {
  switch (format) {
    case "json":
      return `${JSON.stringify(forJson(article), null, 2)}
`;
    case "ndjson":
      return `${JSON.stringify(forJson(article))}
`;
    case "md":
      return renderMarkdown(article);
    case "text":
      return `${[article.title, article.text].filter(Boolean).join("\n\n")}
`;
  }
}
function forJson(article) {
  const { structure: _structure, ...rest } = article;
  return rest;
}

// src/batch/site.ts
var HEAD_BYTES = 64 * 1024;
var META = /<meta\b[^>]*>/gi;
var NAME = /\b(?:property|name)\s*=\s*["']?(?:og:site_name|application-name)["'\s>/]/i;
var CONTENT = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
function declaredSiteGroup(page) {
  const head = typeof page === "string" ? page.slice(0, HEAD_BYTES) : Buffer.from(page.buffer, page.byteOffset, Math.min(page.byteLength, HEAD_BYTES)).toString("utf8");
  for (const tag of head.matchAll(META)) {
    if (!NAME.test(tag[0])) continue;
    const m = CONTENT.exec(tag[0]);
    const name = (m?.[1] ?? m?.[2] ?? m?.[3] ?? "").replace(/\s+/g, " ").trim().toLowerCase();
    if (name) return `site:${name}`;
  }
  return null;
}
function pageGroup(group, page) {
  if (group.startsWith("host:")) return group;
  return declaredSiteGroup(page) ?? group;
}

// src/batch/learn.ts
var DEFAULT_LEARN = { threshold: 0.3, minDocs: 3 };
var Template = class _Template {
  constructor(groups, settings) {
    this.groups = groups;
    this.settings = settings;
  }
  groups;
  settings;
  /**
   * The template of a page's group: the same name; else the folder group sharing the most
   * trailing folder names with it (a template learned from ".../jan/siteA" applies to
   * ".../feb/siteA"); else the only group of a template learned from one folder. Hosts match
   * only themselves.
   */
  lookup(group) {
    const exact = this.groups.get(group);
    if (exact) return exact;
    if (group.startsWith("host:")) return void 0;
    const parts = group.split("/");
    let best;
    let bestShared = 0;
    for (const [name, t] of this.groups) {
      if (name.startsWith("host:")) continue;
      const other = name.split("/");
      let shared = 0;
      while (shared < Math.min(parts.length, other.length) && parts[parts.length - 1 - shared] === other[other.length - 1 - shared])
        shared++;
      if (shared > bestShared || shared === bestShared && shared > 0 && best && t.docs > best.docs) {
        best = t;
        bestShared = shared;
      }
    }
    if (best) return best;
    const [only] = this.groups.values();
    return this.groups.size === 1 ? only : void 0;
  }
  get size() {
    return this.groups.size;
  }
  lineCount() {
    let n = 0;
    for (const t of this.groups.values()) n += t.lines.size;
    return n;
  }
  toFile() {
    const groups = {};
    for (const [name, t] of [...this.groups].sort(([a], [b]) => a < b ? -1 : 1))
      groups[name] = { docs: t.docs, lines: Object.fromEntries([...t.lines].sort(([a], [b]) => a < b ? -1 : 1)) };
    return { format: "clean-article-template", version: 1, ...this.settings, groups };
  }
  /** Reads a template file; throws an Error whose message says what is wrong. */
  static fromFile(data) {
    const f = data;
    if (typeof f !== "object" || f === null || f.format !== "clean-article-template" || f.version !== 1)
      throw new Error('not a clean-article template (format "clean-article-template", version 1)');
    if (typeof f.groups !== "object" || f.groups === null) throw new Error('"groups" must be an object');
    const groups = /* @__PURE__ */ new Map();
    for (const [name, g] of Object.entries(f.groups)) {
      const ok = typeof g?.docs === "number" && typeof g.lines === "object" && g.lines !== null && Object.values(g.lines).every((n) => typeof n === "number");
      if (!ok) throw new Error(`group "${name}" needs "docs" (a number) and "lines" (line \u2192 count)`);
      groups.set(name, { docs: g.docs, lines: new Map(Object.entries(g.lines)) });
    }
    return new _Template(groups, {
      threshold: typeof f.threshold === "number" ? f.threshold : DEFAULT_LEARN.threshold,
      minDocs: typeof f.minDocs === "number" ? f.minDocs : DEFAULT_LEARN.minDocs
    });
  }
};

// src/batch/task.ts
function readPage(path, maxBytes = Number.POSITIVE_INFINITY) {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw tooLarge(`${size} bytes`, maxBytes);
    return readFileSync4(fd);
  } finally {
    closeSync(fd);
  }
}
function record(task, fields) {
  const ids = {
    ...task.id !== void 0 ? { id: task.id } : {},
    ...task.url !== void 0 ? { url: task.url } : {}
  };
  return `${JSON.stringify({ source: task.source, ...ids, ...fields })}
`;
}
function taskRunner(config) {
  const template = config.template ? Template.fromFile(config.template) : null;
  const error = (task, message) => ({
    seq: task.seq,
    status: "error",
    message,
    ...config.format === "record" ? { output: record(task, { status: "error", message }) } : {}
  });
  return (task) => {
    try {
      const input = task.path !== void 0 ? readPage(task.path, config.options.maxBytes) : task.text ?? task.html ?? "";
      const pageTemplate = template?.lookup(pageGroup(task.group, input));
      const article = cleanArticle(input, {
        ...config.options,
        // A record says what it holds; a file is sniffed (unless --type says otherwise).
        ...task.html !== void 0 && config.options.type === "auto" ? { type: "html" } : {},
        path: task.source,
        ...pageTemplate ? { template: pageTemplate } : {}
      });
      const status = article.paragraphs.length ? "ok" : "empty";
      const output = config.format === "record" ? record(task, { status, article }) : render(article, config.format);
      return { seq: task.seq, status, output, ...article.removed ? { removed: article.removed } : {} };
    } catch (err) {
      const expected = err instanceof InputError || err.code !== void 0;
      return error(task, expected ? describeError(err) : `internal error: ${describeError(err)}`);
    }
  };
}

// src/batch/worker.ts
var run = taskRunner(workerData);
run({
  seq: -1,
  source: "warm-up",
  group: "",
  text: "Warm-up.\n\nA short paragraph of text, to load what cleaning needs.\n"
});
parentPort?.on("message", (task) => {
  parentPort?.postMessage(run(task));
});
parentPort?.postMessage({ ready: true });
