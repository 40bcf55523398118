/**
 * A pool of worker threads running the engine, one job at a time per worker so that a timeout
 * stops exactly the job that ran too long. Jobs wait in one queue and go to whichever worker
 * is free.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { EvaluationTimeout, type Executor } from './executor.js';
import type { AnswerJob, AnswerResult, SessionSource, StateName } from './jobs.js';
import type { EngineWorkerData, WorkerMessage, WorkerReply } from './engine-worker-protocol.js';

export interface WorkerExecutorOptions {
  readonly size: number;
  readonly timeoutMs: number;
  readonly workerData: EngineWorkerData;
}

interface Pending {
  readonly message: WorkerMessage;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job?: Pending;
  timer?: NodeJS.Timeout;
}

export class WorkerExecutor implements Executor {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  /** The time limit per job; it may be changed while the pool runs. */
  timeoutMs: number;

  constructor(private readonly options: WorkerExecutorOptions) {
    this.timeoutMs = options.timeoutMs;
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  answer(job: AnswerJob): Promise<AnswerResult> {
    return this.submit({ id: this.nextId++, type: 'answer', job }) as Promise<AnswerResult>;
  }

  states(session: SessionSource): Promise<StateName[]> {
    return this.submit({ id: this.nextId++, type: 'states', session }) as Promise<StateName[]>;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('The bot is shutting down'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private submit(message: WorkerMessage): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('The bot is shutting down'));
    return new Promise((resolve, reject) => {
      this.queue.push({ message, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => this.timeout(slot), this.timeoutMs);
      slot.worker.postMessage(job.message);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(workerScript(), { workerData: this.options.workerData });
    const slot: Slot = { worker };
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.job;
      if (!job || job.message.id !== reply.id) return;
      clearTimeout(slot.timer);
      slot.job = undefined;
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new Error(reply.error));
      this.pump();
    });
    worker.on('error', (error) => this.replace(slot, error));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, new Error(`The evaluation worker stopped (exit code ${code})`));
    });
    worker.unref();
    return slot;
  }

  private timeout(slot: Slot): void {
    this.replace(slot, new EvaluationTimeout(this.timeoutMs));
  }

  /** Fails the slot's job, terminates its worker and puts a fresh one in its place. */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = undefined;
    this.slots.splice(index, 1);
    void slot.worker.terminate();
    if (!this.closed) this.slots.push(this.spawn());
    job?.reject(error);
    this.pump();
  }
}

/**
 * The compiled worker script. From `dist/engine` it sits beside this file; under a test runner
 * that loads `src/engine/*.ts` directly, the compiled copy in `dist/` is used.
 */
function workerScript(): URL {
  const here = new URL('./engine-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/engine/engine-worker.js', import.meta.url);
}
