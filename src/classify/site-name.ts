import type { Block } from '../types.js';

// " - Site", " | Site", " — Site", " · Site": the way titles, image alts and teasers name the site.
const SUFFIX = /\s+[-–—|·:]{1,2}\s+([^-–—|·]{2,40})$/u;
const COPYRIGHT =
  /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(.+?)(?:\s*\d{4})?[.,]?(?:\s+(?:all rights|tous droits|alle rechte|todos los derechos|все права|tüm hakları|wszelkie prawa|tutti i diritti|todos os direitos).*)?$/iu;

/** The site's name as the page repeats it, else null. Never from a list of known sites. */
export function suffixOf(text: string): string | null {
  const m = SUFFIX.exec(text);
  if (!m?.[1]) return null;
  const name = m[1].trim();
  const wordsIn = name.split(/\s+/).length;
  if (wordsIn > 5 || /[.!?]$/.test(name) || !/^[\p{Lu}\p{N}]/u.test(name)) return null;
  return name;
}

export function inferSiteName(blocks: Block[]): string | null {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (b.text.length > 200) continue;
    const name = suffixOf(b.text);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestN = 1;
  for (const [name, n] of counts) {
    if (n > bestN) {
      best = name;
      bestN = n;
    }
  }
  if (best) return best;
  // Else a footer copyright notice: "© 2024 Diario del Sur. All rights reserved."
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - 40); i--) {
    const text = blocks[i]?.text ?? '';
    if (text.length > 120) continue;
    const m = COPYRIGHT.exec(text);
    const name = m?.[1]?.replace(/[.,;]+$/, '').trim();
    if (name && /^[\p{Lu}\p{N}]/u.test(name) && name.split(/\s+/).length <= 5) return name;
  }
  return null;
}
