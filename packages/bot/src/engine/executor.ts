/**
 * Executors run the engine: on this thread (the terminal, unit tests) or in a pool of worker
 * threads (the Discord bot), where a job that runs past the evaluation time limit is stopped
 * by terminating its worker, and the bot's event loop stays free for heartbeats and the
 * 3-second interaction deadline whatever a scenario costs.
 */
import { fixed } from '@threatlab/core';
import type { AnswerJob, AnswerResult, Engine, SessionSource, StateName } from './jobs.js';

export interface Executor {
  answer(job: AnswerJob): Promise<AnswerResult>;
  states(session: SessionSource): Promise<StateName[]>;
  close(): Promise<void>;
}

/** Thrown when a job ran past the time limit; the message is for the member. */
export class EvaluationTimeout extends Error {
  constructor(readonly limitMs: number) {
    super(
      `Evaluating this took longer than ${formatSeconds(limitMs)}, the bot's limit, so it was stopped; try a smaller scenario`,
    );
    this.name = 'EvaluationTimeout';
  }
}

export function formatSeconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : fixed(s, 1)} s`;
}

/** Runs the engine on the calling thread: no time limit, no copying. */
export class InlineExecutor implements Executor {
  constructor(private readonly engine: Engine) {}

  async answer(job: AnswerJob): Promise<AnswerResult> {
    return this.engine.answer(job);
  }

  async states(session: SessionSource): Promise<StateName[]> {
    return this.engine.states(session);
  }

  async close(): Promise<void> {}
}
