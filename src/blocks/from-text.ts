import { collapseSpaces } from '../decode/normalize.js';
import type { Block } from '../types.js';

/** Stage 2 for plain text: every non-empty line is a block; blank lines become `gapBefore`. */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  let gap = true;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = collapseSpaces(lines[i] ?? '');
    if (line === '') {
      gap = true;
      continue;
    }
    blocks.push({ index: blocks.length, text: line, line: i + 1, gapBefore: gap });
    gap = false;
  }
  return blocks;
}
