/** Helpers for the bot's unit tests: an engine over the fixture examples, no Discord. */
import { fileURLToPath } from 'node:url';
import { DEFAULT_BOT_LIMITS, type BotLimits } from '../src/bot-limits.js';
import { AnswerEngine } from '../src/engine/answer-engine.js';
import type { AnswerJob, AnswerResult, SessionSource } from '../src/engine/jobs.js';
import { parseQuestion } from '../src/questions/parse-question.js';
import { replyToText } from '../src/reply/to-text.js';
import type { Reply } from '../src/reply/reply.js';
import type { Request } from '../src/request.js';
import { ExampleLibrary } from '../src/scenarios/example-library.js';

export const FIXTURE_EXAMPLES = fileURLToPath(
  new URL('../../../test/bot/fixtures/examples', import.meta.url),
);
export const BUNDLED_EXAMPLES = fileURLToPath(new URL('../../../examples', import.meta.url));

export const EUROPE: SessionSource = { origin: 'example', name: 'europe-1914' };

export function fixtureEngine(limits: BotLimits = DEFAULT_BOT_LIMITS): AnswerEngine {
  return new AnswerEngine(ExampleLibrary.fromFolder(FIXTURE_EXAMPLES), limits);
}

export function ask(
  engine: AnswerEngine,
  question: string | Request,
  extra: Partial<AnswerJob> = {},
): AnswerResult {
  const request = typeof question === 'string' ? parseQuestion(question) : question;
  return engine.answer({
    request,
    session: EUROPE,
    claimCount: 0,
    asker: { id: 'u1', name: 'Ada' },
    ...extra,
  });
}

/** A reply as the terminal prints it, without colour: what the assertions read. */
export function text(reply: Reply): string {
  return replyToText(reply);
}
