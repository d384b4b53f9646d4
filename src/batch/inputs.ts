import { createReadStream, promises as fs, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, normalize, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describeError } from '../cli/errors.js';
import { readStream } from '../cli/io.js';
import { globBase, globToRegExp, hasMagic, pathMatcher } from './glob.js';
import { walk } from './walk.js';

/** One document to clean, or an input that could not become one. */
export type Item =
  | {
      kind: 'file';
      /** The path as shown to the user. */
      source: string;
      path: string;
      /** Output path below --out-dir, without extension. */
      out: string;
      /** Learning group: the site (host) or the folder. */
      group: string;
    }
  | {
      kind: 'record';
      source: string;
      /** A page read whole from standard input, decoded (and its charset detected) like a file. */
      bytes?: Uint8Array;
      text?: string;
      html?: string;
      id?: string;
      url?: string;
      out: string;
      group: string;
    }
  | { kind: 'bad'; source: string; message: string };

export interface InputSpec {
  args: string[];
  /** --files-from: a file of paths, or "-" for standard input. */
  filesFrom?: string | undefined;
  /** --input ndjson: every input holds one JSON record a line. */
  ndjson: boolean;
  include: string[];
  exclude: string[];
  /** Folders never walked (the output folder), as dev:ino. */
  skipDirs: ReadonlySet<string>;
  onSkip?: (path: string, why: string) => void;
  stdin: NodeJS.ReadableStream;
  /** --max-bytes: a page on standard input larger than this is refused, not buffered. */
  maxBytes?: number | undefined;
}

/** A path as a relative output path: "/a/b" → "a/b", "../x/y" → "x/y". */
function asRelative(path: string): string {
  const p = normalize(isAbsolute(path) ? relative(process.cwd(), path) : path);
  return p
    .split('/')
    .filter((s) => s && s !== '..' && s !== '.')
    .join('/');
}

const withoutExt = (p: string) => p.replace(/(?<=[^/])\.[^./]*$/, '');
// A page's folder, by its last three names: distinct folders of a batch stay apart, and a
// template saved from one machine's "…/jan/siteA" still finds "…/feb/siteA" on another
// (Template.lookup matches trailing names), without the machine's full paths in the file.
const GROUP_DEPTH = 3;
const groupOf = (path: string) =>
  resolve(dirname(path)).split('/').filter(Boolean).slice(-GROUP_DEPTH).join('/') || '/';

function lines(stream: NodeJS.ReadableStream): AsyncIterable<string> {
  return createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
}

function streamOf(path: string, stdin: NodeJS.ReadableStream): NodeJS.ReadableStream {
  return path === '-' ? stdin : createReadStream(path);
}

// Only what identifies a page, and not the path of this machine, goes in an output name.
function safeName(id: string): string {
  const s = id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_');
  return s.slice(0, 200) || '_';
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** NDJSON records ({"id"?, "url"?, "html"? | "text"?} a line) from a file or standard input. */
async function* records(path: string, stdin: NodeJS.ReadableStream): AsyncGenerator<Item> {
  const name = path === '-' ? 'stdin' : path;
  let n = 0;
  try {
    for await (const line of lines(streamOf(path, stdin))) {
      n++;
      if (!line.trim()) continue;
      const source = `${name}:${n}`;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch {
        yield { kind: 'bad', source, message: 'not a valid JSON record' };
        continue;
      }
      // null, numbers and arrays parse too: checked before any field is read.
      if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
        yield { kind: 'bad', source, message: 'a record needs a "text" or "html" string' };
        continue;
      }
      const r = rec as Record<string, unknown>;
      const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
      const id = typeof r.id === 'number' ? String(r.id) : str('id');
      const url = str('url');
      const text = str('text');
      const html = str('html');
      if (text === undefined && html === undefined) {
        yield { kind: 'bad', source: id ?? url ?? source, message: 'a record needs a "text" or "html" string' };
        continue;
      }
      const host = hostOf(url);
      yield {
        kind: 'record',
        source: id ?? url ?? source,
        ...(text !== undefined ? { text } : { html: html as string }),
        ...(id !== undefined ? { id } : {}),
        ...(url !== undefined ? { url } : {}),
        out: safeName(id ?? (host ? `${host}-${n}` : `record-${n}`)),
        group: host ? `host:${host}` : '.',
      };
    }
  } catch (err) {
    yield {
      kind: 'bad',
      source: name,
      message: describeError(err),
    };
  }
}

/** One page on standard input, as bytes: its charset is detected like a file's. */
async function stdinPage(spec: InputSpec): Promise<Item> {
  try {
    const bytes = await readStream(spec.stdin, spec.maxBytes);
    return { kind: 'record', source: '-', bytes, out: 'stdin', group: '.' };
  } catch (err) {
    return { kind: 'bad', source: 'stdin', message: describeError(err) };
  }
}

interface Root {
  dir: string;
  /** Prefix of output paths (empty when the folder itself is mirrored). */
  prefix: string;
  /** A glob's own filter on the path below `dir`. */
  match?: RegExp;
}

/** Files of one input argument: a folder walked, a glob expanded, a file, or standard input. */
async function* expand(arg: string, spec: InputSpec, single: boolean): AsyncGenerator<Item> {
  if (arg === '-') {
    if (spec.ndjson) yield* records('-', spec.stdin);
    else yield await stdinPage(spec);
    return;
  }
  let root: Root | undefined;
  const st = await fs.stat(arg).catch((err: NodeJS.ErrnoException) => err);
  if (!(st instanceof Error) && st.isDirectory()) {
    root = { dir: arg, prefix: single ? '' : asRelative(arg) };
  } else if (st instanceof Error && hasMagic(arg)) {
    const pattern = arg.replace(/^\.\//, '');
    const base = globBase(pattern);
    const below = base === '.' ? pattern : pattern.slice(base.length + (base.endsWith('/') ? 0 : 1));
    root = { dir: base, prefix: single ? '' : asRelative(base), match: globToRegExp(below) };
  }
  if (!root) {
    if (st instanceof Error) {
      yield { kind: 'bad', source: arg, message: describeError(st) };
    } else if (spec.ndjson) yield* records(arg, spec.stdin);
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
  } catch (err) {
    yield {
      kind: 'bad',
      source: dir,
      message: describeError(err),
    };
  }
}

/**
 * Every document of a batch, in input order, produced lazily: folders are walked and record
 * files read as the consumer asks for more, so memory does not grow with the batch.
 */
export async function* batchItems(spec: InputSpec): AsyncGenerator<Item> {
  // One folder (or glob) alone is mirrored below --out-dir; several keep their paths as given.
  const single = spec.args.length === 1 && !spec.filesFrom;
  for (const arg of spec.args) yield* expand(arg, spec, single);
  if (spec.filesFrom) {
    for await (const line of lines(streamOf(spec.filesFrom, spec.stdin))) {
      const path = line.trim();
      if (path) yield* expand(path, spec, false);
    }
  }
}

/**
 * Whether reading the inputs twice is possible: nothing comes from standard input, and a
 * --files-from list is a regular file (not a pipe such as `--files-from <(find …)`).
 */
export function replayable(spec: Pick<InputSpec, 'args' | 'filesFrom'>): boolean {
  if (spec.args.includes('-')) return false;
  return spec.filesFrom === undefined || statSync(spec.filesFrom, { throwIfNoEntry: false })?.isFile() === true;
}
