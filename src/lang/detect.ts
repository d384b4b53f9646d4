import { franc } from 'franc-min';
import { toIso1, toIso3 } from './iso639.js';

// Below this many characters franc-min is right less than ~95% of the time (measured on 1,257
// articles: 81% at 50 characters, 95% at 100), so we say "und" rather than guess.
export const MIN_DETECT_CHARS = 100;

export interface Language {
  lang: string;
  lang3: string;
}

export const UNDETERMINED: Language = { lang: 'und', lang3: 'und' };

/** Detects the language of a whole text (never call it on single short lines). */
export function detectLanguage(text: string, hint?: string): Language {
  if (hint && hint !== 'auto') {
    const lang3 = toIso3(hint);
    if (lang3 !== 'und') return { lang: toIso1(lang3), lang3 };
  }
  if (text.replace(/\s+/g, '').length < MIN_DETECT_CHARS) return UNDETERMINED;
  const lang3 = franc(text, { minLength: MIN_DETECT_CHARS });
  if (lang3 === 'und') return UNDETERMINED;
  return { lang: toIso1(lang3), lang3 };
}
