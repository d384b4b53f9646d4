import { readFileSync } from 'node:fs';
import { describeError } from '../cli/errors.js';
import { cleanArticle } from '../pipeline.js';
import { type OutputFormat, render } from '../render/render.js';
import type { PhraseFile, Removal } from '../types.js';
import { Template, type TemplateFile } from './learn.js';

/** What every document of a batch is cleaned with; sent once to each worker. */
export interface TaskConfig {
  lang: string;
  explain: boolean;
  boilerplate: PhraseFile[];
  /** A format for --out-dir files, or "record": one NDJSON line with source and status. */
  format: OutputFormat | 'record';
  template: TemplateFile | null;
}

export interface Task {
  seq: number;
  source: string;
  group: string;
  path?: string;
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

// The decode stage will detect binary input itself (work in progress in src/decode/); until then
// the batch refuses what a text file never holds: a NUL byte in its first 8 KB.
const SNIFF_BYTES = 8192;

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
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
    let input: string | Uint8Array;
    try {
      if (task.path !== undefined) input = readFileSync(task.path);
      else input = task.text ?? task.html ?? '';
    } catch (err) {
      return error(task, describeError(err));
    }
    if (typeof input !== 'string' && looksBinary(input))
      return error(task, 'binary file (a NUL byte in the first 8 KB)');
    try {
      const pageTemplate = template?.lookup(task.group);
      const article = cleanArticle(input, {
        path: task.source,
        lang: config.lang,
        explain: config.explain,
        boilerplate: config.boilerplate,
        ...(pageTemplate ? { template: pageTemplate } : {}),
      });
      const status: Status = article.paragraphs.length ? 'ok' : 'empty';
      const output = config.format === 'record' ? record(task, { status, article }) : render(article, config.format);
      return { seq: task.seq, status, output, ...(article.removed ? { removed: article.removed } : {}) };
    } catch (err) {
      return error(task, `internal error: ${describeError(err)}`);
    }
  };
}
