import { readInput } from '../cli/io.js';
import type { CleanOptions } from '../types.js';
import { batchItems, type InputSpec, type Item, replayable } from './inputs.js';
import { type LearnSettings, type Template, TemplateLearner } from './learn.js';

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

/** Feeds one item to the learner; unreadable or binary ones are left to the cleaning pass to report. */
async function learnFrom(learner: TemplateLearner, item: Item, plan: LearnPlan): Promise<boolean> {
  try {
    if (item.kind === 'record') {
      const type = item.html !== undefined && (plan.options.type ?? 'auto') === 'auto' ? 'html' : plan.options.type;
      return learner.add(item.group, item.bytes ?? item.text ?? item.html ?? '', {
        ...plan.options,
        ...(type ? { type } : {}),
      });
    }
    if (item.kind !== 'file') return false;
    return learner.add(item.group, await readInput(item.path, plan.options.maxBytes), plan.options);
  } catch {
    return false;
  }
}

/**
 * Learns the template of a batch before cleaning it.
 * - Files (and --learn-from): a first pass reads up to `sample` pages of every group, then the
 *   cleaning pass reads every page again. Every page benefits; the sampled ones are read twice.
 * - Standard input can be read only once: the first `sample` items are held in memory and learned
 *   from, then cleaned with the rest of the stream. Groups that first appear later are not learned.
 */
export async function learnTemplate(spec: InputSpec, plan: LearnPlan, from?: InputSpec): Promise<Learned> {
  const learner = new TemplateLearner();
  let pages = 0;
  const source = from ?? spec;
  if (from || replayable(spec)) {
    let total = 0;
    // Counted per input group here: the learner may file a page under the site it declares,
    // and the sample bounds how much of each folder the first pass reads.
    const sampled = new Map<string, number>();
    for await (const item of batchItems(source)) {
      total++;
      if (item.kind === 'bad' || (sampled.get(item.group) ?? 0) >= plan.sample) continue;
      if (await learnFrom(learner, item, plan)) {
        pages++;
        sampled.set(item.group, (sampled.get(item.group) ?? 0) + 1);
      }
    }
    return { template: learner.build(plan), pages, held: [], ...(from ? {} : { total }) };
  }
  const rest = batchItems(spec)[Symbol.asyncIterator]();
  const held: Item[] = [];
  while (held.length < plan.sample) {
    const next = await rest.next();
    if (next.done) break;
    held.push(next.value);
    if (await learnFrom(learner, next.value, plan)) pages++;
  }
  return { template: learner.build(plan), pages, held, rest };
}
