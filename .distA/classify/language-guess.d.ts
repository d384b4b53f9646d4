import { type Candidate } from '../lang/detect.js';
import { type Script } from '../lang/script.js';
import type { Block } from '../types.js';
export interface PageGuess {
    lang: string;
    /** The best language and its close runners-up, whose phrase lists all apply. */
    related: string[];
    /** Likeliest languages by stopwords (ISO 639-1), best first, to narrow the final detection. */
    candidates: Candidate[];
    /** Share of the sample's words in the stoplist: how dense this language's prose runs in stopwords. */
    coverage: number;
    stop: Set<string>;
    script: Script | null;
}
/** Page-level language, stoplist and script, from the prose-like lines, before any cleaning. */
export declare function guessPage(blocks: Block[], hint?: string): PageGuess;
