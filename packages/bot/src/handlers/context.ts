/**
 * What a handler gets: the job, the bundled examples, the limits, and the channel's scenario
 * analysed (loaded on first use, cached across jobs by the engine).
 */
import type { BotLimits } from '../bot-limits.js';
import type { AnswerJob, AnswerResult, Effect, SessionSource } from '../engine/jobs.js';
import type { AnalyzedScenario } from '../model/analyzed-scenario.js';
import { errorReply, type Reply } from '../reply/reply.js';
import type { Request } from '../request.js';
import type { ExampleLibrary } from '../scenarios/example-library.js';
import type { LoadOutcome } from '../scenarios/load-scenario.js';

export interface HandlerContext {
  readonly job: AnswerJob;
  readonly examples: ExampleLibrary;
  readonly limits: BotLimits;
  /** The channel's scenario with the model run over it, or a reply saying why there is none. */
  session(): AnalyzedScenario | Reply;
  /** Loads and checks a scenario that is not (yet) the channel's: an upload. */
  load(source: SessionSource): LoadOutcome;
  /** The same, analysed and cached: an example being loaded, a claim's scenario. */
  analyzed(source: SessionSource): AnalyzedScenario | Reply;
}

export type Handler<K extends Request['kind']> = (
  request: Extract<Request, { kind: K }>,
  context: HandlerContext,
) => AnswerResult;

export function answer(reply: Reply, effects: readonly Effect[] = []): AnswerResult {
  return { reply, effects };
}

export function failure(title: string, message: string): AnswerResult {
  return answer(errorReply(title, message));
}

export function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && 'tone' in value && 'sections' in value;
}

/** The footer of answers about a scenario: which scenario, under which theory. */
export function scenarioFooter(analyzed: AnalyzedScenario, extra?: string): string {
  const { loaded } = analyzed;
  const title =
    loaded.base.title && loaded.base.title !== loaded.label
      ? `${loaded.base.title} (${loaded.label})`
      : loaded.label;
  return extra ? `${title} · ${extra}` : title;
}

// Numbers are written by core's format.ts, the one place that decides how the product prints them.
export { fixed, percent } from '@threatlab/core';
