/**
 * The back-test split over worker threads. Years are dealt out in turn (1816 to the first
 * worker, 1817 to the second, ...) so each worker gets early, small systems and late, large
 * ones alike. Every year is computed on its own, so the result is the same as `runBacktest`'s
 * whatever the number of workers (a test checks this).
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { YearOutcome } from './backtest-year.js';
import { rangeProblem, type BacktestOptions } from './run-backtest.js';
import type { WorkerReply, WorkerTask } from './worker-messages.js';

export interface ParallelOptions extends BacktestOptions {
  /** Worker threads to use (default: the machine's parallelism, at most 8, at least 1). */
  readonly workers?: number;
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

export async function runBacktestParallel(folder: string, options: ParallelOptions): Promise<YearOutcome[]> {
  const problem = rangeProblem(options);
  if (problem) throw new RangeError(problem);
  const years: number[] = [];
  for (let y = options.from; y <= options.to; y++) years.push(y);
  const count = Math.max(1, Math.min(options.workers ?? defaultWorkers(), years.length));
  const shares = Array.from({ length: count }, (_, w) => years.filter((_, k) => k % count === w));
  const outcomes: YearOutcome[] = [];
  const workers: Worker[] = [];
  try {
    await Promise.all(
      shares.map(
        (share) =>
          new Promise<void>((resolve, reject) => {
            const worker = new Worker(new URL('./worker.js', import.meta.url));
            workers.push(worker);
            worker.on('message', (reply: WorkerReply) => {
              if (reply.kind === 'year') {
                outcomes.push(reply.outcome);
                options.onProgress?.(outcomes.length, years.length);
              } else if (reply.kind === 'done') {
                resolve();
              } else {
                reject(new Error(reply.message));
              }
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`a back-test worker stopped with exit code ${code}`));
            });
            const task: WorkerTask = {
              folder,
              years: share,
              ...(options.settings ? { settings: options.settings } : {}),
              ...(options.external ? { external: true } : {}),
            };
            worker.postMessage(task);
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes.sort((a, b) => a.year - b.year);
}
