/** Messages between the worker executor and its workers. */
import type { BotLimits } from '../bot-limits.js';
import type { AnswerJob, SessionSource } from './jobs.js';

export interface EngineWorkerData {
  readonly examplesDir: string;
  readonly limits: BotLimits;
}

export type WorkerMessage =
  | { readonly id: number; readonly type: 'answer'; readonly job: AnswerJob }
  | { readonly id: number; readonly type: 'states'; readonly session: SessionSource };

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string };
