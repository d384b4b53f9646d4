export interface WalkFilter {
    /** Files to take (by path below the root and name); folders are pruned by `excludeDir`. */
    file(rel: string, name: string): boolean;
    excludeDir(rel: string, name: string): boolean;
    /** Folders never entered (dev:ino), such as the output folder inside an input folder. */
    skipDirs: ReadonlySet<string>;
    /** Called for skipped folders (directory loops), for --verbose. */
    onSkip?(path: string, why: string): void;
}
export type WalkEntry = {
    path: string;
    rel: string;
    error?: undefined;
} | {
    path: string;
    rel: string;
    error: string;
};
declare const idOf: (st: {
    dev: number;
    ino: number;
}) => string;
/**
 * Files below a folder, depth first in name order. Only one folder's listing is held at a time
 * per level, never the whole tree. Hidden entries are skipped; a folder that is its own
 * ancestor (a symlink loop) is not entered twice; a link that cannot resolve is reported.
 */
export declare function walk(root: string, filter: WalkFilter): AsyncGenerator<WalkEntry>;
export { idOf as fileId };
