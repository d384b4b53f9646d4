import type { CleanOptions } from '../types.js';
import { type InputSpec, type Item } from './inputs.js';
import { type LearnSettings, type Template } from './learn.js';
export interface LearnPlan extends LearnSettings {
    /** Pages read per group (files), or records held back (streams) to learn from. */
    sample: number;
    /** How pages are read (as for cleaning). */
    options: Pick<CleanOptions, 'type' | 'encoding' | 'maxBytes'>;
}
export interface Learned {
    template: Template;
    /** Pages the template was learned from. */
    pages: number;
    /** Documents in the batch, when the learning pass saw all of them (for progress). */
    total?: number;
    /** Items already read from a stream, to be cleaned before the rest of it. */
    held: Item[];
    /** What remains of the stream after the held items. */
    rest?: AsyncIterator<Item>;
}
/**
 * Learns the template of a batch before cleaning it.
 * - Files (and --learn-from): a first pass reads up to `sample` pages of every group, then the
 *   cleaning pass reads every page again. Every page benefits; the sampled ones are read twice.
 * - Standard input can be read only once: the first `sample` items are held in memory and learned
 *   from, then cleaned with the rest of the stream. Groups that first appear later are not learned.
 */
export declare function learnTemplate(spec: InputSpec, plan: LearnPlan, from?: InputSpec): Promise<Learned>;
