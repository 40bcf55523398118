/**
 * A back-test worker thread: opens the data folder itself (parsing in parallel with the other
 * workers), computes the years it is given and posts each year's outcome as soon as it is done,
 * so the main thread can draw progress.
 */
import { parentPort } from 'node:worker_threads';
import { openDataSet } from '../data-set.js';
import { backtestYear } from './backtest-year.js';
import { entriesByYear } from './run-backtest.js';
import type { WorkerReply, WorkerTask } from './worker-messages.js';

const port = parentPort;
if (port) {
  port.once('message', (task: WorkerTask) => {
    try {
      const data = openDataSet(task.folder);
      const byYear = entriesByYear(data, { from: Math.min(...task.years), to: Math.max(...task.years) });
      const external = task.external && data.has('leedsSavun') ? data.leedsSavun : undefined;
      for (const year of task.years) {
        const outcome = backtestYear(data, year, byYear.get(year) ?? [], {
          ...(task.settings ? { settings: task.settings } : {}),
          ...(external ? { external: (c: number, y: number) => external.get(c, y) } : {}),
        });
        port.postMessage({ kind: 'year', outcome } satisfies WorkerReply);
      }
      port.postMessage({ kind: 'done' } satisfies WorkerReply);
    } catch (error) {
      port.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
    }
  });
}
