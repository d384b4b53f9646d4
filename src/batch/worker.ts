// Entry of a batch worker thread: cleans the documents the pool sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { type Task, type TaskConfig, taskRunner } from './task.js';

const run = taskRunner(workerData as TaskConfig);
// Load the phrase data and language models now, not on the first real document: the pool
// waits for "ready" before sending any, while the main thread keeps cleaning.
run({
  seq: -1,
  source: 'warm-up',
  group: '',
  text: 'Warm-up.\n\nA short paragraph of text, to load what cleaning needs.\n',
});
parentPort?.on('message', (task: Task) => {
  parentPort?.postMessage(run(task));
});
parentPort?.postMessage({ ready: true });
