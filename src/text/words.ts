// Word and character measures shared by every rule. CJK text has no spaces, so "words" for it
// are estimated from characters (about 2 characters per word in Chinese and Japanese news).

const WORD = /[\p{L}\p{N}\p{M}_'’-]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
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
export function matchKey(text: string): string {
  // Fast path for plain ASCII (most UI labels): no normalisation or quote folding needed.
  if (/^[\x20-\x7e]*$/.test(text)) {
    return text
      .toLowerCase()
      .replace(/^[^a-z]+|[^a-z]+$/g, '')
      .replace(/\s+/g, ' ');
  }
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // Turkish "İ" lowercases to "i" + combining dot: fold it back so "İlginizi" matches "ilginizi".
      .replace(/i\u0307/g, 'i')
      .replace(/[‘’ʼ`´]/g, "'")
      .replace(/[“”«»„]/g, '"')
      .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
      .replace(/\s+/g, ' ')
  );
}
