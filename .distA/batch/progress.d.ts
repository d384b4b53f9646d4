import type { Status } from './task.js';
export type Outcome = Status | 'skipped';
export interface Counts {
    ok: number;
    empty: number;
    error: number;
    skipped: number;
}
/**
 * Counts of a batch, a progress line on stderr (only when it is a terminal), and every other
 * stderr line routed through here so that it does not mix with the progress line.
 */
export declare class Progress {
    private readonly stream;
    readonly live: boolean;
    readonly counts: Counts;
    private total;
    private shown;
    private lastDraw;
    private readonly t0;
    /** When cleaning began (after learning): rate and ETA count from here. */
    private cleanStart;
    constructor(stream: NodeJS.WriteStream, live: boolean);
    get hasTotal(): boolean;
    get done(): number;
    get seconds(): number;
    startCleaning(): void;
    setTotal(n: number): void;
    count(outcome: Outcome): void;
    /** A line of its own (an error, --verbose, --explain), above the progress line. */
    log(text: string): void;
    private draw;
    clear(): void;
    /** "120 files: 117 ok, 1 empty, 2 errors in 3.2 s (37.5 files/s)". */
    summary(interrupted: boolean): string;
}
