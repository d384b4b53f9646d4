import { detectLanguage } from '../lang/detect.js';
import { dominantScript, type Script, scriptCounts } from '../lang/script.js';
import { stopwordLanguages, stopwords } from '../lang/stopwords.js';
import { words } from '../text/words.js';
import type { Block } from '../types.js';

// Lines this long are mostly prose even on a messy page: the sample for page-level guesses.
const PROSE_WORDS = 8;
const SAMPLE_CHARS = 4000;

function proseSample(blocks: Block[]): string {
  const parts: string[] = [];
  let n = 0;
  for (const b of blocks) {
    if (b.text.split(' ').length < PROSE_WORDS && b.text.length < 40) continue;
    parts.push(b.text);
    n += b.text.length;
    if (n > SAMPLE_CHARS) break;
  }
  return parts.length ? parts.join('\n') : blocks.map((b) => b.text).join('\n');
}

/** When the detected language has no stoplist, take the list that covers most of the words. */
function bestStoplist(sample: string): string {
  const ws = words(sample.toLowerCase()).slice(0, 800);
  let best = '';
  let bestShare = 0.1;
  for (const lang of stopwordLanguages()) {
    const set = stopwords(lang);
    let hits = 0;
    for (const w of ws) if (set.has(w)) hits++;
    // Long lists match more by chance: weigh by list size, gently.
    const share = hits / Math.max(1, ws.length) / Math.log10(10 + set.size / 100);
    if (share > bestShare) {
      bestShare = share;
      best = lang;
    }
  }
  return best;
}

const MIN_COVERAGE = 0.12;

function coverage(sample: string, stop: Set<string>): number {
  if (stop.size === 0) return 0;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample)) return 1;
  const ws = words(sample.toLowerCase()).slice(0, 800);
  let hits = 0;
  for (const w of ws) if (stop.has(w)) hits++;
  return ws.length ? hits / ws.length : 0;
}

export interface PageGuess {
  lang: string;
  stop: Set<string>;
  script: Script | null;
}

/** Page-level language and script, from the prose-like lines, before any cleaning. */
export function guessPage(blocks: Block[], hint?: string): PageGuess {
  const sample = proseSample(blocks);
  const detected = detectLanguage(sample, hint);
  let lang = detected.lang;
  let stop = stopwords(lang);
  if (stop.size === 0 && sample.length > 0) {
    lang = bestStoplist(sample) || lang;
    stop = stopwords(lang);
  }
  // A stoplist that covers few of the page's words is the wrong one (lorem ipsum, a language we
  // have no list for): then judge by length and punctuation alone, as jusText's stoplist None.
  if (coverage(sample, stop) < MIN_COVERAGE) stop = new Set();
  return { lang, stop, script: dominantScript(scriptCounts(sample)) };
}
