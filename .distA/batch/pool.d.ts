import { type Task, type TaskConfig, type TaskResult } from './task.js';
/** Runs the tasks of a batch. */
export interface Runner {
    run(task: Task): Promise<TaskResult>;
    /** Stops the workers; tasks still waiting or running in them settle as abandoned. */
    close(): Promise<void>;
    /** Worker threads started so far. */
    readonly started: number;
    /** Documents cleaned in worker threads (the others in this thread). */
    readonly inWorkers: number;
}
/**
 * --jobs N: this thread and N − 1 worker threads. CLEAN_ARTICLE_POOL=workers leaves this thread
 * out (N worker threads then), so that tests can be sure the workers run.
 */
export declare function createRunner(jobs: number, config: TaskConfig): Runner;
