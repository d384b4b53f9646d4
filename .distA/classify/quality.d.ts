import type { Features } from './features.js';
/** jusText's block classes: good prose, near-good, short, and bad (link lists, labels…). */
export type Quality = 'good' | 'near' | 'short' | 'bad';
export declare const SHORT_CHARS = 70;
export declare const SHORT_CHARS_CJK = 18;
export declare const LONG_CHARS = 150;
export declare const GOOD_DENSITY = 0.3;
export declare const NEAR_DENSITY = 0.2;
export declare const MIN_DENSITY = 0.1;
export declare const TYPICAL_COVERAGE = 0.4;
export declare function densityScale(pageCoverage: number): number;
/** The shortest line quality() judges by stopword density; shorter ones go by length alone. */
export declare function densityFrom(cjk: boolean): number;
export declare function quality(f: Features, cjk: boolean, haveStopwords: boolean, scale?: number): Quality;
