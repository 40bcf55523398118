/**
 * A pool of worker threads running the engine. Jobs go to the worker with the fewest waiting,
 * up to `PIPELINE` each, so a worker goes from one job to the next without waiting for the main
 * thread; a worker answers its jobs in order, so the one at the head of its line is the one
 * running, and the time limit runs for it alone. When it is over, the worker is terminated and
 * replaced, that job fails with `EvaluationTimeout`, and the jobs queued behind it go back to
 * the front of the queue.
 */
import { Worker } from 'node:worker_threads';
import { compiledSibling } from '../compiled-path.js';
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
  readonly worker: Worker;
  /** Jobs sent to the worker, in the order it answers them; the first is running. */
  readonly jobs: Pending[];
  timer?: NodeJS.Timeout;
}

/** Jobs a worker may hold at once. */
const PIPELINE = 8;

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
    const error = new Error('The bot is shutting down');
    for (const pending of this.queue.splice(0)) pending.reject(error);
    for (const slot of this.slots) {
      clearTimeout(slot.timer);
      for (const pending of slot.jobs.splice(0)) pending.reject(error);
    }
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
    while (this.queue.length > 0) {
      let best: Slot | undefined;
      for (const slot of this.slots)
        if (slot.jobs.length < PIPELINE && (!best || slot.jobs.length < best.jobs.length)) best = slot;
      if (!best) return;
      const job = this.queue.shift()!;
      best.jobs.push(job);
      if (best.jobs.length === 1) this.startTimer(best);
      best.worker.postMessage(job.message);
    }
  }

  private startTimer(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => this.replace(slot, new EvaluationTimeout(this.timeoutMs)), this.timeoutMs);
  }

  private spawn(): Slot {
    const worker = new Worker(compiledSibling(import.meta.url, './engine-worker.js'), {
      workerData: this.options.workerData,
    });
    const slot: Slot = { worker, jobs: [] };
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.jobs[0];
      if (!job || job.message.id !== reply.id) return;
      slot.jobs.shift();
      clearTimeout(slot.timer);
      if (slot.jobs.length > 0) this.startTimer(slot);
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new Error(reply.error));
      this.pump();
    });
    worker.on('error', (error) => this.replace(slot, error));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot))
        this.replace(slot, new Error(`The evaluation worker stopped (exit code ${code})`));
    });
    worker.unref();
    return slot;
  }

  /** Fails the running job, terminates the worker, puts a fresh one in its place and requeues the rest. */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    clearTimeout(slot.timer);
    this.slots.splice(index, 1);
    const [running, ...waiting] = slot.jobs.splice(0);
    void slot.worker.terminate();
    if (!this.closed) this.slots.push(this.spawn());
    this.queue.unshift(...waiting);
    running?.reject(error);
    this.pump();
  }
}
