import type { Classification } from '../classify/classify.js';
import { partsToCount, wordCount } from '../text/words.js';

// Word counts from the classifier's per-block measures, so that no line is split into words twice.

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

/**
 * /[.!?]$/.test(text), read from the last character: the regex tries its class at every
 * character of the line before the end.
 */
export function endsWithStop(text: string): boolean {
  const c = charCodeAt.call(text, text.length - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/** wordCount of block i's text. */
export function blockWords(cls: Classification, i: number): number {
  const parts = cls.known.feats[i]?.counted;
  return parts ? partsToCount(parts) : wordCount(cls.blocks[i]?.text ?? '');
}

/** wordCount of the blocks' texts joined by blank lines (a separator adds no word). */
export function textWords(cls: Classification, blocks: number[]): number {
  let plain = 0;
  let cjk = 0;
  for (const i of blocks) {
    const parts = cls.known.feats[i]?.counted;
    if (!parts) return wordCount(blocks.map((j) => cls.blocks[j]?.text ?? '').join('\n\n'));
    plain += parts.plain;
    cjk += parts.cjk;
  }
  return partsToCount({ plain, cjk });
}
