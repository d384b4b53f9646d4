import { Worker } from 'node:worker_threads';
import { type Task, type TaskConfig, type TaskResult, taskRunner } from './task.js';

/** Runs tasks: in worker threads, or in this thread for --jobs 1. */
export interface Runner {
  run(task: Task): Promise<TaskResult>;
  /** Stops the workers; tasks still running are abandoned. */
  close(): Promise<void>;
  /** Worker threads started so far. */
  readonly started: number;
}

interface Job {
  task: Task;
  resolve: (r: TaskResult) => void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
}

// Built both by tsc (dist/batch/worker.js beside dist/batch/pool.js) and by esbuild
// (dist/cli/worker.js beside dist/cli/bundle.js): the worker is always next to this code.
const WORKER_URL = new URL('./worker.js', import.meta.url);

/** One worker thread per job slot, started only when a task finds every started one busy. */
class WorkerPool implements Runner {
  private readonly all: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly queue: Job[] = [];

  constructor(
    private readonly size: number,
    private readonly config: TaskConfig,
  ) {}

  get started(): number {
    return this.all.length;
  }

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length) {
      const slot = this.idle.pop() ?? (this.all.length < this.size ? this.spawn() : undefined);
      if (!slot) return;
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.worker.postMessage(job.task);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: this.config });
    const slot: Slot = { worker, job: undefined };
    worker.on('message', (r: TaskResult) => {
      const job = slot.job;
      slot.job = undefined;
      this.idle.push(slot);
      job?.resolve(r);
      this.pump();
    });
    const fail = (why: string) => {
      const job = slot.job;
      slot.job = undefined;
      this.all.splice(this.all.indexOf(slot), 1);
      const at = this.idle.indexOf(slot);
      if (at >= 0) this.idle.splice(at, 1);
      if (job) job.resolve({ seq: job.task.seq, status: 'error', message: `internal error: ${why}` });
      this.pump();
    };
    worker.on('error', (err) => fail(err.message));
    worker.on('exit', (code) => {
      if (this.all.includes(slot)) fail(`worker stopped (exit code ${code})`);
    });
    this.all.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    const slots = this.all.splice(0);
    // Abandoned documents still settle, so that nobody waits for them forever.
    const abandoned = [...this.queue.splice(0), ...slots.flatMap((s) => (s.job ? [s.job] : []))];
    for (const job of abandoned)
      job.resolve({ seq: job.task.seq, status: 'error', message: 'abandoned (interrupted)' });
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/** In this thread: no start-up cost, for --jobs 1. */
class InlineRunner implements Runner {
  private readonly runTask: (task: Task) => TaskResult;
  readonly started = 0;

  constructor(config: TaskConfig) {
    this.runTask = taskRunner(config);
  }

  run(task: Task): Promise<TaskResult> {
    // Yield to the event loop between documents, so that writes, progress and Ctrl-C get a turn.
    return new Promise((resolve) => setImmediate(() => resolve(this.runTask(task))));
  }

  async close(): Promise<void> {}
}

export function createRunner(jobs: number, config: TaskConfig): Runner {
  return jobs <= 1 ? new InlineRunner(config) : new WorkerPool(jobs, config);
}
