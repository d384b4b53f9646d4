import { readInput } from '../cli/io.js';
import { batchItems, replayable } from './inputs.js';
import { TemplateLearner } from './learn.js';
/** Feeds one item to the learner; unreadable or binary ones are left to the cleaning pass to report. */
async function learnFrom(learner, item, plan) {
    try {
        if (item.kind === 'record') {
            const type = item.html !== undefined && (plan.options.type ?? 'auto') === 'auto' ? 'html' : plan.options.type;
            return learner.add(item.group, item.text ?? item.html ?? '', { ...plan.options, ...(type ? { type } : {}) });
        }
        if (item.kind !== 'file')
            return false;
        return learner.add(item.group, await readInput(item.path, plan.options.maxBytes), plan.options);
    }
    catch {
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
export async function learnTemplate(spec, plan, from) {
    const learner = new TemplateLearner();
    let pages = 0;
    const source = from ?? spec;
    if (from || replayable(spec)) {
        let total = 0;
        for await (const item of batchItems(source)) {
            total++;
            if (item.kind !== 'bad' && learner.docsIn(item.group) < plan.sample && (await learnFrom(learner, item, plan)))
                pages++;
        }
        return { template: learner.build(plan), pages, held: [], ...(from ? {} : { total }) };
    }
    const rest = batchItems(spec)[Symbol.asyncIterator]();
    const held = [];
    while (held.length < plan.sample) {
        const next = await rest.next();
        if (next.done)
            break;
        held.push(next.value);
        if (await learnFrom(learner, next.value, plan))
            pages++;
    }
    return { template: learner.build(plan), pages, held, rest };
}
