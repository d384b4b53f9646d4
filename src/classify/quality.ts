import type { Features } from './features.js';

/** jusText's block classes: good prose, near-good, short, and bad (link lists, labels…). */
export type Quality = 'good' | 'near' | 'short' | 'bad';

// Thresholds in the spirit of jusText (70 characters, 200 characters, stopword density 0.30/0.32),
// recalibrated for stopwords-iso's longer lists; see bench/ for how they were measured.
export const SHORT_CHARS = 70;
export const SHORT_CHARS_CJK = 18;
export const LONG_CHARS = 150;
export const GOOD_DENSITY = 0.3;
export const NEAR_DENSITY = 0.2;
export const MIN_DENSITY = 0.1;

// Stopword densities are relative to the language: Turkish and Finnish attach function words
// to the word, so their prose has half the density of English. `scale` is the page's coverage
// over that of a typical English page.
export const TYPICAL_COVERAGE = 0.4;

export function densityScale(pageCoverage: number): number {
  return Math.min(1, Math.max(0.3, pageCoverage / TYPICAL_COVERAGE));
}

/** The shortest line quality() judges by stopword density; shorter ones go by length alone. */
export function densityFrom(cjk: boolean): number {
  return cjk ? SHORT_CHARS_CJK : SHORT_CHARS;
}

export function quality(f: Features, cjk: boolean, haveStopwords: boolean, scale = 1): Quality {
  const short = cjk ? SHORT_CHARS_CJK : SHORT_CHARS;
  const long = cjk ? LONG_CHARS / 3 : LONG_CHARS;
  if (f.chars < short) return f.sentence && f.words >= 4 ? 'near' : 'short';
  if (!haveStopwords) {
    if (f.sentence) return f.chars >= long ? 'good' : 'near';
    return f.chars >= long * 2 ? 'near' : 'bad';
  }
  if (f.stopDensity >= GOOD_DENSITY * scale) return f.chars >= long || f.sentence ? 'good' : 'near';
  if (f.stopDensity >= NEAR_DENSITY * scale) return f.sentence ? 'good' : 'near';
  // A full sentence of some length is prose even when our stoplist misses its words.
  // (A sentence with almost no stopwords is in another language: a banner, not the article.)
  if (f.sentence && (f.chars >= long || f.words >= 8) && f.stopDensity >= MIN_DENSITY * scale) return 'near';
  return 'bad';
}
