// Character classes that several stages test, declared once. (Unicode property classes are
// compiled on first use, so a page that never reaches one never pays for it.)

/** Any character outside ASCII. */
export const NON_ASCII = /[^\x00-\x7f]/;

/** A Chinese or Japanese character: Han, Hiragana or Katakana. */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
