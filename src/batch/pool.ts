import { Worker } from 'node:worker_threads';
import { type Task, type TaskConfig, type TaskResult, taskRunner } from './task.js';

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

interface Job {
  task: Task;
  resolve: (r: TaskResult) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded the pipeline and can take a task. */
  ready: boolean;
  /** Sent and not answered yet, in the order sent (a worker answers in order). */
  jobs: Job[];
}

// Each worker holds its next document already: while this thread is busy cleaning one of its
// own, it cannot answer a worker, which would otherwise sit idle until it can.
const PER_WORKER = 2;

// A worker costs about 100-200 ms of CPU to start (loading the pipeline and its data). It is
// started only once this thread has been cleaning this long (from its first document, which
// loads the data) with documents still waiting: a batch finished sooner never pays for one.
const SPAWN_AFTER_MS = 100;

// Built both by tsc (dist/batch/worker.js beside dist/batch/pool.js) and by esbuild
// (dist/cli/worker.js beside dist/cli/bundle.cjs): the worker is always next to this code.
const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * `jobs` cleaners: this thread, plus up to jobs − 1 worker threads. This thread has the pipeline
 * loaded already, so it starts at once; workers start one at a time when documents keep waiting,
 * and get documents only once loaded, so a small batch finishes here without paying for a
 * worker, and a large one gets every core.
 */
class Pool implements Runner {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private inlineBusy: boolean;
  private readonly runInline: (task: Task) => TaskResult;
  private firstDoneAt: number | undefined;
  inWorkers = 0;
  private readonly workersOnly: boolean;

  constructor(
    private readonly workers: number,
    private readonly config: TaskConfig,
    workersOnly: boolean,
  ) {
    this.runInline = taskRunner(config);
    // Tests and CI need every document to go through a worker (to prove the entry ships).
    this.workersOnly = workersOnly && workers > 0;
    this.inlineBusy = this.workersOnly;
  }

  get started(): number {
    return this.slots.length;
  }

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length) {
      const slot = this.slots.find((s) => s.ready && s.jobs.length < PER_WORKER);
      if (slot) {
        const job = this.queue.shift() as Job;
        slot.jobs.push(job);
        slot.worker.postMessage(job.task);
      } else if (!this.inlineBusy) {
        const job = this.queue.shift() as Job;
        this.inlineBusy = true;
        // One document per turn of the event loop: writes, worker messages and Ctrl-C get theirs.
        setImmediate(() => {
          const r = this.runInline(job.task);
          this.firstDoneAt ??= performance.now();
          this.inlineBusy = false;
          job.resolve(r);
          this.pump();
        });
      } else break;
    }
    // Documents are waiting for a cleaner: start one more worker, one at a time.
    const due =
      this.workersOnly || (this.firstDoneAt !== undefined && performance.now() - this.firstDoneAt >= SPAWN_AFTER_MS);
    if (due && this.queue.length && this.slots.length < this.workers && this.slots.every((s) => s.ready)) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(WORKER_URL, { workerData: this.config });
    const slot: Slot = { worker, ready: false, jobs: [] };
    worker.on('message', (m: TaskResult | { ready: true }) => {
      if ('ready' in m) slot.ready = true;
      else {
        this.inWorkers++;
        slot.jobs.shift()?.resolve(m);
      }
      this.pump();
    });
    const fail = (why: string) => {
      this.slots.splice(this.slots.indexOf(slot), 1);
      for (const job of slot.jobs.splice(0))
        job.resolve({ seq: job.task.seq, status: 'error', message: `internal error: ${why}` });
      this.pump();
    };
    worker.on('error', (err) => fail(err.message));
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(`worker stopped (exit code ${code})`);
    });
    this.slots.push(slot);
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    // Abandoned documents still settle, so that nobody waits for them forever.
    const abandoned = [...this.queue.splice(0), ...slots.flatMap((s) => s.jobs.splice(0))];
    for (const job of abandoned)
      job.resolve({ seq: job.task.seq, status: 'error', message: 'abandoned (interrupted)' });
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/**
 * --jobs N: this thread and N − 1 worker threads. CLEAN_ARTICLE_POOL=workers leaves this thread
 * out (N worker threads then), so that tests can be sure the workers run.
 */
export function createRunner(jobs: number, config: TaskConfig): Runner {
  const workersOnly = process.env.CLEAN_ARTICLE_POOL === 'workers';
  return new Pool(workersOnly ? jobs : Math.max(0, jobs - 1), config, workersOnly);
}
