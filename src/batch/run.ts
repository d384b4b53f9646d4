import { promises as fs } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { readJsonOption } from '../cli/boilerplate-file.js';
import { describeError, UserError } from '../cli/errors.js';
import { formatRemovalList, type Painter } from '../cli/explain.js';
import { writeAtomic, writeStdout } from '../cli/io.js';
import type { OutputFormat } from '../render/render.js';
import { batchItems, type InputSpec, type Item, replayable } from './inputs.js';
import { Template } from './learn.js';
import { type LearnPlan, learnTemplate } from './learn-pass.js';
import { createRunner, type Runner } from './pool.js';
import { type Outcome, Progress } from './progress.js';
import type { BatchCleanOptions, Task, TaskConfig, TaskResult } from './task.js';
import { fileId } from './walk.js';

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
  /** Given with --explain: each page's removals are printed on stderr with it. */
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

const EXT: Record<OutputFormat, string> = { json: '.json', ndjson: '.json', md: '.md', text: '.txt' };

interface Done {
  item: Item;
  result: TaskResult | 'skipped';
  target?: string;
}

function loadTemplate(path: string): Template {
  const data = readJsonOption('--template', path);
  try {
    return Template.fromFile(data);
  } catch (err) {
    throw new UserError(`--template ${path}: ${(err as Error).message}`, 2);
  }
}

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + sep);

/** The output folder, created; refused when it holds an input folder (outputs could land on inputs). */
async function prepareOutDir(outDir: string, args: string[]): Promise<string> {
  try {
    await fs.mkdir(outDir, { recursive: true });
  } catch (err) {
    throw new UserError(`--out-dir ${outDir}: cannot create it (${describeError(err)})`, 2);
  }
  const out = await fs.realpath(outDir);
  for (const arg of args) {
    if (arg === '-') continue;
    const st = await fs.stat(arg).catch(() => null);
    if (!st?.isDirectory()) continue;
    const real = await fs.realpath(arg);
    if (inside(real, out))
      throw new UserError(`--out-dir ${outDir} holds the input folder ${arg}: outputs could overwrite inputs`, 2);
  }
  return out;
}

/** Runs a batch; resolves to the exit code. */
export async function runBatch(o: BatchOptions): Promise<number> {
  const progress = new Progress(process.stderr, !o.quiet && process.stderr.isTTY === true);
  const log = (s: string) => progress.log(`clean-article: ${s}`);
  const skipDirs = new Set<string>();
  if (o.outDir) {
    const out = await prepareOutDir(o.outDir, o.spec.args);
    skipDirs.add(fileId(await fs.stat(out)));
  }
  const spec: InputSpec = {
    ...o.spec,
    skipDirs,
    stdin: process.stdin,
    maxBytes: o.options.maxBytes,
    ...(o.verbose ? { onSkip: (path: string, why: string) => log(`${path}: skipped: ${why}`) } : {}),
  };

  let template: Template | null = null;
  let held: Item[] = [];
  let rest: AsyncIterator<Item> | undefined;
  if (o.template) template = loadTemplate(o.template);
  else if (o.learn) {
    // Nothing is written while learning: Ctrl-C can end the process at once.
    const onSigint = () => {
      progress.clear();
      log('interrupted while learning; nothing was written');
      process.exit(130);
    };
    process.once('SIGINT', onSigint);
    const from = o.learnFrom ? { ...spec, args: [o.learnFrom], filesFrom: undefined, ndjson: false } : undefined;
    const learned = await learnTemplate(spec, o.plan, from);
    template = learned.template;
    held = learned.held;
    rest = learned.rest;
    process.off('SIGINT', onSigint);
    if (learned.total !== undefined) progress.setTotal(learned.total);
    if (o.verbose || (o.learnOnly && !o.quiet))
      log(`learned ${template.lineCount()} template lines in ${template.size} groups from ${learned.pages} pages`);
  }
  const templateFile = template?.toFile() ?? null;
  if (o.saveTemplate && templateFile) await writeAtomic(o.saveTemplate, `${JSON.stringify(templateFile, null, 1)}\n`);
  if (o.learnOnly) return 0;

  const config: TaskConfig = {
    options: o.options,
    format: o.outDir ? o.format : 'record',
    template: template?.size ? templateFile : null,
  };
  const runner = createRunner(o.jobs, config);
  try {
    return await clean(o, spec, progress, runner, held, rest ?? batchItems(spec)[Symbol.asyncIterator]());
  } finally {
    await runner.close();
  }
}

async function clean(
  o: BatchOptions,
  spec: InputSpec,
  progress: Progress,
  runner: Runner,
  held: Item[],
  rest: AsyncIterator<Item>,
): Promise<number> {
  const log = (s: string) => progress.log(`clean-article: ${s}`);
  progress.startCleaning();
  // Progress needs a total: count the inputs in a second, cheap walk while the batch runs (not
  // for record files: the walk counts files, and the records in them are the documents).
  if (progress.live && !progress.hasTotal && !spec.ndjson && replayable(spec)) {
    void (async () => {
      let n = 0;
      for await (const _ of batchItems(spec)) n++;
      progress.setTotal(n);
    })().catch(() => {});
  }

  let stop: 'interrupted' | 'failed' | undefined;
  let abandon = false;
  let wakeStop: () => void = () => {};
  const stopped = new Promise<'stop'>((res) => {
    wakeStop = () => res('stop');
  });
  const onSigint = () => {
    if (stop === 'interrupted') {
      abandon = true;
      void runner.close();
      return;
    }
    stop = 'interrupted';
    wakeStop();
    log('interrupted: finishing the files in progress (Ctrl-C again to abandon them)');
  };
  process.on('SIGINT', onSigint);

  let seq = 0;
  const start = async (item: Item): Promise<Done> => {
    if (item.kind === 'bad') return { item, result: { seq: seq++, status: 'error', message: item.message } };
    const target = o.outDir ? join(o.outDir, item.out + EXT[o.format]) : undefined;
    if (target && o.skipExisting && (await upToDate(target, item))) return { item, result: 'skipped', target };
    const task: Task = {
      seq: seq++,
      source: item.source,
      group: item.group,
      ...(item.kind === 'file'
        ? { path: item.path }
        : {
            ...(item.bytes !== undefined
              ? { bytes: item.bytes }
              : item.text !== undefined
                ? { text: item.text }
                : { html: item.html ?? '' }),
            ...(item.id !== undefined ? { id: item.id } : {}),
            ...(item.url !== undefined ? { url: item.url } : {}),
          }),
    };
    const result = await runner.run(task);
    return target ? { item, result, target } : { item, result };
  };

  const emit = async (d: Done): Promise<void> => {
    if (abandon) return;
    const outcome = await write(d, o, log);
    progress.count(outcome);
    if (outcome === 'error' && o.failFast && !stop) {
      stop = 'failed';
      wakeStop();
    }
  };

  const window = Math.max(8, o.jobs * 4);
  const next = async (): Promise<IteratorResult<Item>> => {
    const h = held.shift();
    if (h) return { value: h, done: false };
    const r = await Promise.race([rest.next(), stopped]);
    return r === 'stop' ? { value: undefined, done: true } : r;
  };

  if (o.unordered) {
    const inflight = new Set<Promise<void>>();
    for (let r = await next(); !r.done && !stop; r = await next()) {
      const p: Promise<void> = start(r.value)
        .then(emit)
        .finally(() => inflight.delete(p));
      inflight.add(p);
      if (inflight.size >= window) await Promise.race(inflight);
    }
    await Promise.all(inflight);
  } else {
    // Results wait in input order; at most `window` documents are read ahead of the output.
    const queue: Promise<Done>[] = [];
    for (let r = await next(); !r.done && !stop; r = await next()) {
      queue.push(start(r.value));
      while (queue.length >= window) await emit(await (queue.shift() as Promise<Done>));
    }
    while (queue.length) await emit(await (queue.shift() as Promise<Done>));
  }
  process.off('SIGINT', onSigint);
  progress.clear();
  if (stop === 'failed') log('stopped at the first error (--fail-fast)');
  if (!o.quiet) log(progress.summary(stop === 'interrupted'));
  if (o.verbose) log(`worker threads started: ${runner.started}; documents cleaned in them: ${runner.inWorkers}`);
  if (stop === 'interrupted') return 130;
  return progress.counts.error > 0 ? 1 : 0;
}

/** --skip-existing: the output is there and not older than its input. */
async function upToDate(target: string, item: Item): Promise<boolean> {
  const out = await fs.stat(target).catch(() => null);
  if (!out) return false;
  if (item.kind !== 'file') return true;
  const input = await fs.stat(item.path).catch(() => null);
  return input !== null && out.mtimeMs >= input.mtimeMs;
}

/** Writes one result (a file in --out-dir, or a record on stdout) and says what came of it. */
async function write(d: Done, o: BatchOptions, log: (s: string) => void): Promise<Outcome> {
  const { item, result, target } = d;
  if (result === 'skipped') {
    if (o.verbose) log(`${item.source}: skipped (${target} is up to date)`);
    return 'skipped';
  }
  let { status, message } = result;
  if (status !== 'error' && o.paint && result.removed)
    log(formatRemovalList(item.source, result.removed, o.paint, true).trimEnd());
  if (target) {
    if (status === 'ok' && result.output !== undefined) {
      try {
        await fs.mkdir(dirname(target), { recursive: true });
        // writeAtomic refuses to replace this input (e.g. --out-dir on its own folder).
        await writeAtomic(target, result.output, item.kind === 'file' ? [item.path] : []);
      } catch (err) {
        status = 'error';
        // writeAtomic's messages already begin with the path.
        message = err instanceof UserError ? err.message : `cannot write ${target}: ${describeError(err)}`;
      }
    }
  } else {
    const output =
      status === 'error' && (result.output === undefined || message !== result.message)
        ? `${JSON.stringify({ source: item.source, status, message })}\n`
        : result.output;
    if (output !== undefined) await writeStdout(output);
  }
  if (status === 'error') log(`${item.source}: ${message}`);
  else if (o.verbose) log(`${item.source}: ${status}${target && status === 'ok' ? ` → ${target}` : ''}`);
  return status;
}
