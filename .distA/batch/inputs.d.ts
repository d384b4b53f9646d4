/** One document to clean, or an input that could not become one. */
export type Item = {
    kind: 'file';
    /** The path as shown to the user. */
    source: string;
    path: string;
    /** Output path below --out-dir, without extension. */
    out: string;
    /** Learning group: the site (host) or the folder. */
    group: string;
} | {
    kind: 'record';
    source: string;
    text?: string;
    html?: string;
    id?: string;
    url?: string;
    out: string;
    group: string;
} | {
    kind: 'bad';
    source: string;
    message: string;
};
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
}
/**
 * Every document of a batch, in input order, produced lazily: folders are walked and record
 * files read as the consumer asks for more, so memory does not grow with the batch.
 */
export declare function batchItems(spec: InputSpec): AsyncGenerator<Item>;
/** Whether reading the inputs twice is possible (nothing comes from standard input). */
export declare function replayable(spec: Pick<InputSpec, 'args' | 'filesFrom'>): boolean;
