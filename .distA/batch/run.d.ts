import { type Painter } from '../cli/explain.js';
import type { OutputFormat } from '../render/render.js';
import { type InputSpec } from './inputs.js';
import { type LearnPlan } from './learn-pass.js';
import type { BatchCleanOptions } from './task.js';
export interface BatchOptions {
    spec: Omit<InputSpec, 'skipDirs' | 'onSkip' | 'stdin'>;
    outDir?: string | undefined;
    /** Format of the files in --out-dir (without --out-dir, records are NDJSON). */
    format: OutputFormat;
    skipExisting: boolean;
    jobs: number;
    unordered: boolean;
    failFast: boolean;
    quiet: boolean;
    verbose: boolean;
    explain: boolean;
    paint?: Painter | undefined;
    /** What cleanArticle gets for every page (lang, boilerplate, type, encoding…). */
    options: BatchCleanOptions;
    learn: boolean;
    learnFrom?: string | undefined;
    template?: string | undefined;
    saveTemplate?: string | undefined;
    plan: LearnPlan;
    /** Only learn (from --learn-from) and save the template: no inputs to clean. */
    learnOnly?: boolean;
}
/** Runs a batch; resolves to the exit code. */
export declare function runBatch(o: BatchOptions): Promise<number>;
