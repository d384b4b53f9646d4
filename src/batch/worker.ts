// Entry of a batch worker thread: cleans the documents the pool sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { type Task, type TaskConfig, taskRunner } from './task.js';

const run = taskRunner(workerData as TaskConfig);
parentPort?.on('message', (task: Task) => {
  parentPort?.postMessage(run(task));
});
// The pipeline is loaded: the pool may send documents now.
parentPort?.postMessage({ ready: true });
