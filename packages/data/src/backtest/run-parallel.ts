/**
 * The back-test over worker threads. The main thread parses the data once and imports the
 * years in order, handing each prepared year to the workers in turn; the workers evaluate and
 * score (the larger share of the work) while the main thread imports the next years. Every
 * year is computed on its own, so the outcome is the same as `runBacktest`'s whatever the
 * number of workers (a test checks this).
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { DataSet } from '../data-set.js';
import { prepareYear, type YearOutcome } from './backtest-year.js';
import { entriesByYear, rangeProblem, type BacktestOptions } from './run-backtest.js';
import type { WorkerReply, WorkerTask } from './worker-messages.js';

export interface ParallelOptions extends BacktestOptions {
  /** Worker threads to use (default: the machine's parallelism, from 1 to 8). */
  readonly workers?: number;
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

export async function runBacktestParallel(data: DataSet, options: ParallelOptions): Promise<YearOutcome[]> {
  const problem = rangeProblem(options);
  if (problem) throw new RangeError(problem);
  const total = options.to - options.from + 1;
  const count = Math.max(1, Math.min(options.workers ?? defaultWorkers(), total));
  const outcomes: YearOutcome[] = [];
  const workers = Array.from({ length: count }, () => new Worker(new URL('./worker.js', import.meta.url)));
  let failed: Error | undefined;
  let notify: (() => void) | undefined;
  const settled = () => notify?.();
  for (const worker of workers) {
    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'year') {
        outcomes.push(reply.outcome);
        options.onProgress?.(outcomes.length, total);
      } else {
        failed ??= new Error(reply.message);
      }
      settled();
    });
    worker.on('error', (error) => {
      failed ??= error;
      settled();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failed ??= new Error(`a back-test worker stopped with exit code ${code}`);
      settled();
    });
  }
  try {
    const byYear = entriesByYear(data, options);
    const external = options.external && data.has('leedsSavun') ? data.leedsSavun : undefined;
    for (let year = options.from; year <= options.to && failed === undefined; year++) {
      const job = prepareYear(data, year, byYear.get(year) ?? [], external ? { external: (c, y) => external.get(c, y) } : {});
      const task: WorkerTask = { kind: 'year', job, ...(options.settings ? { settings: options.settings } : {}) };
      workers[(year - options.from) % count]!.postMessage(task);
      // Let replies in between years, so progress is drawn while the main thread imports.
      await yieldToEvents();
    }
    while (outcomes.length < total && failed === undefined) {
      await new Promise<void>((resolve) => (notify = resolve));
    }
    if (failed) throw failed;
    return outcomes.sort((a, b) => a.year - b.year);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
