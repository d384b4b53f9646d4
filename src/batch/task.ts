import { describeError } from '../cli/errors.js';
import { readFileLimited } from '../cli/io.js';
import { InputError } from '../decode/errors.js';
import { cleanArticle } from '../pipeline.js';
import { type OutputFormat, render } from '../render/render.js';
import type { CleanOptions, Removal } from '../types.js';
import { Template, type TemplateFile } from './learn.js';
import { pageGroup } from './site.js';

/** Options of every page of a batch (what the CLI gives cleanArticle, but the path and template). */
export type BatchCleanOptions = Omit<CleanOptions, 'path' | 'template'>;

/** What every document of a batch is cleaned with; sent once to each worker. */
export interface TaskConfig {
  options: BatchCleanOptions;
  /** A format for --out-dir files, or "record": one NDJSON line with source and status. */
  format: OutputFormat | 'record';
  template: TemplateFile | null;
}

export interface Task {
  seq: number;
  source: string;
  group: string;
  path?: string;
  /** A page read from standard input. */
  bytes?: Uint8Array;
  text?: string;
  html?: string;
  id?: string;
  url?: string;
}

export type Status = 'ok' | 'empty' | 'error';

export interface TaskResult {
  seq: number;
  status: Status;
  message?: string;
  /** The rendered output (a file's content, or one NDJSON record). */
  output?: string;
  removed?: Removal[];
}

function record(task: Task, fields: Record<string, unknown>): string {
  const ids = {
    ...(task.id !== undefined ? { id: task.id } : {}),
    ...(task.url !== undefined ? { url: task.url } : {}),
  };
  return `${JSON.stringify({ source: task.source, ...ids, ...fields })}\n`;
}

/** Cleans one document of a batch; never throws: failures become an "error" result. */
export function taskRunner(config: TaskConfig): (task: Task) => TaskResult {
  const template = config.template ? Template.fromFile(config.template) : null;
  const error = (task: Task, message: string): TaskResult => ({
    seq: task.seq,
    status: 'error',
    message,
    ...(config.format === 'record' ? { output: record(task, { status: 'error', message }) } : {}),
  });
  return (task) => {
    try {
      // The decode stage refuses binary, oversized and broken inputs with an InputError.
      const input =
        task.path !== undefined
          ? readFileLimited(task.path, config.options.maxBytes)
          : (task.bytes ?? task.text ?? task.html ?? '');
      const pageTemplate = template?.lookup(pageGroup(task.group, input));
      const article = cleanArticle(input, {
        ...config.options,
        // A record says what it holds; a file is sniffed (unless --type says otherwise).
        ...(task.html !== undefined && config.options.type === 'auto' ? { type: 'html' as const } : {}),
        path: task.source,
        ...(pageTemplate ? { template: pageTemplate } : {}),
      });
      const status: Status = article.paragraphs.length ? 'ok' : 'empty';
      const output = config.format === 'record' ? record(task, { status, article }) : render(article, config.format);
      return { seq: task.seq, status, output, ...(article.removed ? { removed: article.removed } : {}) };
    } catch (err) {
      const expected = err instanceof InputError || (err as NodeJS.ErrnoException).code !== undefined;
      return error(task, expected ? describeError(err) : `internal error: ${describeError(err)}`);
    }
  };
}
