import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dataDir } from '../data/location.js';
import { isSpace } from '../text/words.js';
import { FRANC_LANGUAGES, FRANC_SCRIPT_LANGUAGES } from './franc-languages.js';
import { toIso1, toIso3 } from './iso639.js';

// String.prototype.charCodeAt called directly: see text/words.ts.
const charCodeAt = String.prototype.charCodeAt;

// Below this many characters franc-min is right less than ~95% of the time (measured on 1,257
// articles: 81% at 50 characters, 95% at 100), so we say "und" rather than guess.
export const MIN_DETECT_CHARS = 100;
// A stoplist covering this share of the words settles a language franc-min does not know
// (Finnish, Danish, Catalan…).
const STOPWORDS_SETTLE = 0.25;
// …and a runner-up below this share of its coverage makes the winner clear.
const CLEAR_MARGIN = 0.5;

const SAMPLE_CHARS = 1200;

export interface Language {
  lang: string;
  lang3: string;
}

export const UNDETERMINED: Language = { lang: 'und', lang3: 'und' };

/** The ISO 639-3 codes franc-min can return by trigrams (scripts with one language aside). */
function francKnows(code3: string): boolean {
  return FRANC_LANGUAGES.has(code3);
}

type Franc = (text: string, options: { minLength: number; only?: string[] }) => string;
let francFn: Franc | undefined;

/**
 * franc-min, loaded on first use: the stopword ranking settles most pages, and loading it cost
 * a sixth of the CLI's start-up. The build bundles it into one CommonJS file (FRANC_BUNDLE) that
 * require() loads on any Node 20; from the sources, franc-min itself (require of an ES module).
 */
function franc(text: string, options: { minLength: number; only?: string[] }): string {
  if (!francFn) {
    const require = createRequire(import.meta.url);
    const bundle = new URL(FRANC_BUNDLE, dataDir());
    const mod = (existsSync(bundle) ? require(fileURLToPath(bundle)) : require('franc-min')) as { franc: Franc };
    francFn = mod.franc;
  }
  return francFn(text, options);
}

/** Written by scripts/bundle-franc.mjs into dist/data/. */
export const FRANC_BUNDLE = 'franc-min.cjs';

/** At least `n` characters besides whitespace (counted until there are enough: texts are whole articles). */
function hasNonSpace(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length && count < n; i++) if (!isSpace(charCodeAt.call(text, i))) count++;
  return count >= n;
}

export interface Candidate {
  lang: string;
  coverage: number;
}

/**
 * Detects the language of a whole text (never call it on single short lines). `candidates`,
 * ranked by stopwords, narrow franc's comparison to a few languages: same answer, a fraction
 * of the time.
 */
export function detectLanguage(text: string, hint?: string, candidates: Candidate[] = []): Language {
  if (hint && hint !== 'auto') {
    const lang3 = toIso3(hint);
    if (lang3 !== 'und') return { lang: toIso1(lang3), lang3 };
  }
  if (!hasNonSpace(text, MIN_DETECT_CHARS)) return UNDETERMINED;
  const top = candidates[0];
  const second = candidates[1];
  // The stopwords settle it for a language franc-min does not know, and for a clear winner,
  // which needs no trigram comparison (franc is most of the per-page time).
  if (
    top &&
    top.coverage >= STOPWORDS_SETTLE &&
    (!francKnows(toIso3(top.lang)) || !second || second.coverage < top.coverage * CLEAR_MARGIN)
  ) {
    return { lang: top.lang, lang3: toIso3(top.lang) };
  }
  // The opening of the article decides as well as all of it, for a fraction of the trigrams.
  text = text.slice(0, SAMPLE_CHARS);
  const only = candidates.map((c) => toIso3(c.lang)).filter(francKnows);
  // The languages franc-min names by their script alone are allowed as well: none is one it
  // compares by trigrams, so the comparison among the candidates is unchanged, and a text in
  // such a script (Japanese among Latin candidates) is named at once, as the second call below
  // would name it, instead of being found "und" first.
  let lang3 = only.length
    ? franc(text, { minLength: MIN_DETECT_CHARS, only: [...only, ...FRANC_SCRIPT_LANGUAGES] })
    : 'und';
  if (lang3 === 'und') lang3 = franc(text, { minLength: MIN_DETECT_CHARS });
  if (lang3 === 'und') return UNDETERMINED;
  return { lang: toIso1(lang3), lang3 };
}
