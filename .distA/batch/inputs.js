import { createReadStream, promises as fs } from 'node:fs';
import { basename, dirname, isAbsolute, join, normalize, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { globBase, globToRegExp, hasMagic, pathMatcher } from './glob.js';
import { walk } from './walk.js';
/** A path as a relative output path: "/a/b" → "a/b", "../x/y" → "x/y". */
function asRelative(path) {
    const p = normalize(isAbsolute(path) ? relative(process.cwd(), path) : path);
    return p
        .split('/')
        .filter((s) => s && s !== '..' && s !== '.')
        .join('/');
}
const withoutExt = (p) => p.replace(/(?<=[^/])\.[^./]*$/, '');
// A page's folder, by its last three names: distinct folders of a batch stay apart, and a
// template saved from one machine's "…/jan/siteA" still finds "…/feb/siteA" on another
// (Template.lookup matches trailing names), without the machine's full paths in the file.
const GROUP_DEPTH = 3;
const groupOf = (path) => resolve(dirname(path)).split('/').filter(Boolean).slice(-GROUP_DEPTH).join('/') || '/';
function lines(stream) {
    return createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
}
function streamOf(path, stdin) {
    return path === '-' ? stdin : createReadStream(path);
}
// Only what identifies a page, and not the path of this machine, goes in an output name.
function safeName(id) {
    const s = id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_');
    return s.slice(0, 200) || '_';
}
function hostOf(url) {
    if (!url)
        return undefined;
    try {
        return new URL(url).hostname.replace(/^www\./, '') || undefined;
    }
    catch {
        return undefined;
    }
}
/** NDJSON records ({"id"?, "url"?, "html"? | "text"?} a line) from a file or standard input. */
async function* records(path, stdin) {
    const name = path === '-' ? 'stdin' : path;
    let n = 0;
    try {
        for await (const line of lines(streamOf(path, stdin))) {
            n++;
            if (!line.trim())
                continue;
            const source = `${name}:${n}`;
            let rec;
            try {
                rec = JSON.parse(line);
            }
            catch {
                yield { kind: 'bad', source, message: 'not a valid JSON record' };
                continue;
            }
            const r = rec;
            const str = (k) => (typeof r[k] === 'string' ? r[k] : undefined);
            const id = typeof r.id === 'number' ? String(r.id) : str('id');
            const url = str('url');
            const text = str('text');
            const html = str('html');
            if (typeof rec !== 'object' || rec === null || (text === undefined && html === undefined)) {
                yield { kind: 'bad', source: id ?? url ?? source, message: 'a record needs a "text" or "html" string' };
                continue;
            }
            const host = hostOf(url);
            yield {
                kind: 'record',
                source: id ?? url ?? source,
                ...(text !== undefined ? { text } : { html: html }),
                ...(id !== undefined ? { id } : {}),
                ...(url !== undefined ? { url } : {}),
                out: safeName(id ?? (host ? `${host}-${n}` : `record-${n}`)),
                group: host ? `host:${host}` : '.',
            };
        }
    }
    catch (err) {
        yield {
            kind: 'bad',
            source: name,
            message: err.code === 'ENOENT' ? 'no such file' : String(err),
        };
    }
}
async function readAll(stream) {
    const chunks = [];
    for await (const c of stream)
        chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
    return Buffer.concat(chunks).toString('utf8');
}
/** Files of one input argument: a folder walked, a glob expanded, a file, or standard input. */
async function* expand(arg, spec, single) {
    if (arg === '-') {
        if (spec.ndjson)
            yield* records('-', spec.stdin);
        else
            yield { kind: 'record', source: '-', text: await readAll(spec.stdin), out: 'stdin', group: '.' };
        return;
    }
    let root;
    const st = await fs.stat(arg).catch((err) => err);
    if (!(st instanceof Error) && st.isDirectory()) {
        root = { dir: arg, prefix: single ? '' : asRelative(arg) };
    }
    else if (st instanceof Error && hasMagic(arg)) {
        const pattern = arg.replace(/^\.\//, '');
        const base = globBase(pattern);
        const below = base === '.' ? pattern : pattern.slice(base.length + (base.endsWith('/') ? 0 : 1));
        root = { dir: base, prefix: single ? '' : asRelative(base), match: globToRegExp(below) };
    }
    if (!root) {
        if (st instanceof Error) {
            const why = st.code === 'ENOENT' ? 'no such file' : st.code === 'ELOOP' ? 'symbolic link loop' : st.message;
            yield { kind: 'bad', source: arg, message: why };
        }
        else if (spec.ndjson)
            yield* records(arg, spec.stdin);
        else {
            const out = withoutExt(asRelative(arg)) || basename(arg);
            yield { kind: 'file', source: arg, path: arg, out, group: groupOf(arg) };
        }
        return;
    }
    const include = spec.include.length ? pathMatcher(spec.include) : () => true;
    const exclude = pathMatcher(spec.exclude);
    const { match, prefix, dir } = root;
    const entries = walk(dir, {
        file: (rel, name) => (!match || match.test(rel)) && include(rel, name) && !exclude(rel, name),
        excludeDir: (rel, name) => exclude(rel, name),
        skipDirs: spec.skipDirs,
        ...(spec.onSkip ? { onSkip: spec.onSkip } : {}),
    });
    try {
        for await (const e of entries) {
            if (e.error !== undefined) {
                yield { kind: 'bad', source: e.path, message: e.error };
                continue;
            }
            if (spec.ndjson) {
                yield* records(e.path, spec.stdin);
                continue;
            }
            const out = withoutExt(prefix ? join(prefix, e.rel) : e.rel);
            yield { kind: 'file', source: e.path, path: e.path, out, group: groupOf(e.path) };
        }
    }
    catch (err) {
        yield {
            kind: 'bad',
            source: dir,
            message: err.code === 'ENOENT' ? 'no such file' : String(err),
        };
    }
}
/**
 * Every document of a batch, in input order, produced lazily: folders are walked and record
 * files read as the consumer asks for more, so memory does not grow with the batch.
 */
export async function* batchItems(spec) {
    // One folder (or glob) alone is mirrored below --out-dir; several keep their paths as given.
    const single = spec.args.length === 1 && !spec.filesFrom;
    for (const arg of spec.args)
        yield* expand(arg, spec, single);
    if (spec.filesFrom) {
        for await (const line of lines(streamOf(spec.filesFrom, spec.stdin))) {
            const path = line.trim();
            if (path)
                yield* expand(path, spec, false);
        }
    }
}
/** Whether reading the inputs twice is possible (nothing comes from standard input). */
export function replayable(spec) {
    return !spec.args.includes('-') && spec.filesFrom !== '-';
}
