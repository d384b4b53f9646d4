import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { describeError } from '../cli/errors.js';
import { InputError, tooLarge } from '../decode/errors.js';
import { cleanArticle } from '../pipeline.js';
import { render } from '../render/render.js';
import { Template } from './learn.js';
import { pageGroup } from './site.js';
/** A file's bytes; one over maxBytes is refused by its size, before reading it. */
export function readPage(path, maxBytes = Number.POSITIVE_INFINITY) {
    const fd = openSync(path, 'r');
    try {
        const size = fstatSync(fd).size;
        if (size > maxBytes)
            throw tooLarge(`${size} bytes`, maxBytes);
        return readFileSync(fd);
    }
    finally {
        closeSync(fd);
    }
}
function record(task, fields) {
    const ids = {
        ...(task.id !== undefined ? { id: task.id } : {}),
        ...(task.url !== undefined ? { url: task.url } : {}),
    };
    return `${JSON.stringify({ source: task.source, ...ids, ...fields })}\n`;
}
/** Cleans one document of a batch; never throws: failures become an "error" result. */
export function taskRunner(config) {
    const template = config.template ? Template.fromFile(config.template) : null;
    const error = (task, message) => ({
        seq: task.seq,
        status: 'error',
        message,
        ...(config.format === 'record' ? { output: record(task, { status: 'error', message }) } : {}),
    });
    return (task) => {
        try {
            // The decode stage refuses binary, oversized and broken inputs with an InputError.
            const input = task.path !== undefined ? readPage(task.path, config.options.maxBytes) : (task.text ?? task.html ?? '');
            const pageTemplate = template?.lookup(pageGroup(task.group, input));
            const article = cleanArticle(input, {
                ...config.options,
                // A record says what it holds; a file is sniffed (unless --type says otherwise).
                ...(task.html !== undefined && config.options.type === 'auto' ? { type: 'html' } : {}),
                path: task.source,
                ...(pageTemplate ? { template: pageTemplate } : {}),
            });
            const status = article.paragraphs.length ? 'ok' : 'empty';
            const output = config.format === 'record' ? record(task, { status, article }) : render(article, config.format);
            return { seq: task.seq, status, output, ...(article.removed ? { removed: article.removed } : {}) };
        }
        catch (err) {
            const expected = err instanceof InputError || err.code !== undefined;
            return error(task, expected ? describeError(err) : `internal error: ${describeError(err)}`);
        }
    };
}
