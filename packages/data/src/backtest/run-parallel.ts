/**
 * The back-test over worker threads. The main thread parses the data once and imports the
 * years in order; each prepared year goes to a worker with fewer than two years in hand, and
 * when every worker is busy the main thread scores it itself. So on two cores one worker and
 * the main thread share the work without either waiting, and no thread parses a file twice.
 * Every year is computed on its own, so the outcome is the same as `runBacktest`'s whatever
 * the number of workers (a test checks this).
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { DataSet } from '../data-set.js';
import { prepareYear, scoreYear, type YearOutcome } from './backtest-year.js';
import { entriesByYear, rangeProblem, type BacktestOptions } from './run-backtest.js';
import type { WorkerReply, WorkerTask } from './worker-messages.js';

export interface ParallelOptions extends BacktestOptions {
  /** Worker threads besides the main thread (default: `defaultWorkers()`, at least 1 here). */
  readonly workers?: number;
}

/**
 * Workers worth starting: one per core beyond the main thread's, up to 7, and none on two
 * cores or fewer. A worker costs about a second of CPU (loading the model, copying each year's
 * scenario across) and the main thread still imports every year, so on two cores, shared with
 * other work, one thread finished first in every measurement (bench/backtest.bench.js).
 */
export function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores <= 2 ? 0 : Math.min(7, cores - 1);
}

/** Years a worker may hold at once: one being scored and one waiting, so it never idles. */
const IN_HAND = 2;

export async function runBacktestParallel(data: DataSet, options: ParallelOptions): Promise<YearOutcome[]> {
  const problem = rangeProblem(options);
  if (problem) throw new RangeError(problem);
  const total = options.to - options.from + 1;
  const count = Math.max(1, Math.min(options.workers ?? Math.max(1, defaultWorkers()), total));
  const outcomes: YearOutcome[] = [];
  const busy = new Array<number>(count).fill(0);
  let failed: Error | undefined;
  let notify: (() => void) | undefined;
  const record = (outcome: YearOutcome) => {
    outcomes.push(outcome);
    options.onProgress?.(outcomes.length, total);
  };
  const workers = Array.from({ length: count }, (_, w) => {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    worker.on('message', (reply: WorkerReply) => {
      busy[w]!--;
      if (reply.kind === 'year') record(reply.outcome);
      else failed ??= new Error(reply.message);
      notify?.();
    });
    worker.on('error', (error) => {
      failed ??= error;
      notify?.();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failed ??= new Error(`a back-test worker stopped with exit code ${code}`);
      notify?.();
    });
    return worker;
  });
  try {
    const byYear = entriesByYear(data, options);
    const external = options.external && data.has('leedsSavun') ? data.leedsSavun : undefined;
    for (let year = options.from; year <= options.to && failed === undefined; year++) {
      const job = prepareYear(
        data,
        year,
        byYear.get(year) ?? [],
        external ? { external: (c, y) => external.get(c, y) } : {},
      );
      const free = busy.findIndex((n) => n < IN_HAND);
      if (free >= 0) {
        busy[free]!++;
        const task: WorkerTask = {
          kind: 'year',
          job,
          ...(options.settings ? { settings: options.settings } : {}),
        };
        workers[free]!.postMessage(task);
      } else {
        record(scoreYear(job, options.settings));
      }
      // Let the workers' replies in, so their counts and the progress stay current.
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
