// Word and character measures shared by every rule. CJK text has no spaces, so "words" for it
// are estimated from characters (about 2 characters per word in Chinese and Japanese news).

const WORD = /[\p{L}\p{N}\p{M}_'’-]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

const ASCII_WORD = /[A-Za-z0-9_'-]+/g;
const NON_ASCII = /[^\x00-\x7f]/;

export function words(text: string): string[] {
  // Most lines of most pages are ASCII: a plain character class is several times faster.
  return text.match(NON_ASCII.test(text) ? WORD : ASCII_WORD) ?? [];
}

/** Word count, with CJK runs counted as one word per two characters. */
export function wordCount(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk === 0) return words(text).length;
  const rest = text.replace(CJK, ' ');
  return words(rest).length + Math.ceil(cjk / 2);
}

/** Sentence-final punctuation in the scripts we see: Latin, CJK, Arabic, Devanagari, Ethiopic. */
const TERMINAL = /[.!?…。！？؟।።](?:\s?["'”»)\]’」』])*$/u;

export function endsLikeSentence(text: string): boolean {
  return TERMINAL.test(text) && !/\.\.\.$|…$/.test(text);
}

/** Lowercased, NFKC, curly quotes straightened, edge punctuation/digits stripped, spaces collapsed. */
// Characters that NFKC changes: compatibility forms (superscripts, ellipsis, letterlike and
// enclosed forms, CJK compatibility, ligatures, full-width) and astral characters; and
// combining marks of decomposed accents.
const NEEDS_NFKC =
  /[\u00aa\u00b2-\u00b5\u00b9-\u00be\u2024-\u2026\u2100-\u24ff\u3000-\u33ff\ufb00-\ufb4f\ufe30-\uffef\ud800-\udfff]/;
const COMBINING = /\p{M}/u;

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function matchKey(text: string): string {
  // Fast path for plain ASCII (most UI labels): no normalisation or quote folding needed.
  if (/^[\x20-\x7e]*$/.test(text)) {
    const lower = text.toLowerCase();
    let a = 0;
    let b = lower.length;
    while (a < b && !isAsciiLower(lower.charCodeAt(a))) a++;
    while (b > a && !isAsciiLower(lower.charCodeAt(b - 1))) b--;
    const core = lower.slice(a, b);
    return core.includes('  ') ? core.replace(/ +/g, ' ') : core;
  }
  // Most non-ASCII text (accented Latin, Cyrillic) has nothing NFKC would change: skip it.
  const normalized = NEEDS_NFKC.test(text) || COMBINING.test(text) ? text.normalize('NFKC') : text;
  return (
    normalized
      .toLowerCase()
      // Turkish "İ" lowercases to "i" + combining dot: fold it back so "İlginizi" matches "ilginizi".
      .replace(/i\u0307/g, 'i')
      .replace(/[‘’ʼ`´]/g, "'")
      .replace(/[“”«»„]/g, '"')
      .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
      .replace(/\s+/g, ' ')
  );
}

/** Short, unpunctuated, several words: how headlines of teasers and articles look. */
export function headlineLike(text: string, words: number, sentence: boolean): boolean {
  return words >= 3 && words <= 25 && !sentence && !/[:,;]$/.test(text);
}
