import { type OutputFormat } from '../render/render.js';
import type { CleanOptions, Removal } from '../types.js';
import { type TemplateFile } from './learn.js';
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
/** A file's bytes; one over maxBytes is refused by its size, before reading it. */
export declare function readPage(path: string, maxBytes?: number): Uint8Array;
/** Cleans one document of a batch; never throws: failures become an "error" result. */
export declare function taskRunner(config: TaskConfig): (task: Task) => TaskResult;
