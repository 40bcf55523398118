/**
 * A back-test worker thread: it receives prepared years (the scenario and the entries, as
 * plain data), evaluates and scores each, and posts the outcome back. It reads no file: the
 * main thread parses the data once and imports each year while the workers evaluate.
 */
import { parentPort } from 'node:worker_threads';
import { scoreYear } from './backtest-year.js';
import type { WorkerReply, WorkerTask } from './worker-messages.js';

const port = parentPort;
if (port) {
  port.on('message', (task: WorkerTask) => {
    if (task.kind === 'end') {
      port.close();
      return;
    }
    try {
      port.postMessage({ kind: 'year', outcome: scoreYear(task.job, task.settings) } satisfies WorkerReply);
    } catch (error) {
      port.postMessage({
        kind: 'error',
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply);
    }
  });
}
