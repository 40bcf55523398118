/**
 * The hybrid executor: which questions are answered on the main thread and which go to the worker
 * pool.
 */
import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/engine/answer-engine.js';
import type { Executor } from '../src/engine/executor.js';
import { HybridExecutor } from '../src/engine/hybrid-executor.js';
import type { AnswerJob, AnswerResult } from '../src/engine/jobs.js';
import { DEFAULT_BOT_LIMITS } from '../src/bot-limits.js';
import { ExampleLibrary } from '../src/scenarios/example-library.js';
import { parseQuestion } from '../src/questions/parse-question.js';
import { FIXTURE_EXAMPLES } from './support.js';

/** A stand-in for the worker pool: a second engine that counts what it was asked. */
function countingPool() {
  const engine = new AnswerEngine(ExampleLibrary.fromFolder(FIXTURE_EXAMPLES), DEFAULT_BOT_LIMITS);
  const asked: string[] = [];
  const pool: Executor = {
    answer: async (job: AnswerJob): Promise<AnswerResult> => {
      asked.push(job.request.kind);
      return engine.answer(job);
    },
    states: async (session) => engine.states(session),
    close: async () => {},
  };
  return { pool, asked };
}

const upload = {
  origin: 'upload' as const,
  name: 'duo.threat',
  text: 'state A { power 0.7 offense high intent hostile major }\nstate B { power 0.3 major }\nborder A B\n',
};
const job = (
  question: string,
  session: AnswerJob['session'] = { origin: 'example', name: 'europe-1914' },
): AnswerJob => ({
  request: parseQuestion(question),
  session,
  claimCount: 0,
  asker: { id: 'u', name: 'U' },
});

describe('the hybrid executor', () => {
  it('answers reading questions about a bundled example on the main thread, and sends claims and pictures to the pool', async () => {
    const { pool, asked } = countingPool();
    const executor = new HybridExecutor(
      new AnswerEngine(ExampleLibrary.fromFolder(FIXTURE_EXAMPLES), DEFAULT_BOT_LIMITS),
      pool,
      { inlineBudgetMs: 1_000 },
    );
    expect((await executor.answer(job('who balances against Germany?'))).reply.title).toBe(
      'Who balances against Germany?',
    );
    await executor.answer(job("what if Germany's intentions were benign?"));
    expect(asked).toEqual([]);
    await executor.answer(job('claim: UK balances against Germany'));
    await executor.answer(job('draw the graph'));
    expect(asked).toEqual(['claim', 'graph']);
  });

  it('sends an upload to the pool until the pool has shown it is cheap to analyse', async () => {
    const { pool, asked } = countingPool();
    const executor = new HybridExecutor(
      new AnswerEngine(ExampleLibrary.fromFolder(FIXTURE_EXAMPLES), DEFAULT_BOT_LIMITS),
      pool,
      { inlineBudgetMs: 10_000 },
    );
    await executor.answer(job('who balances against A?', upload));
    expect(asked).toEqual(['balance-against']);
    await executor.answer(job('what threatens B most?', upload));
    expect(asked).toEqual(['balance-against']);
  });

  it('keeps a costly upload in the pool', async () => {
    const { pool, asked } = countingPool();
    const executor = new HybridExecutor(
      new AnswerEngine(ExampleLibrary.fromFolder(FIXTURE_EXAMPLES), DEFAULT_BOT_LIMITS),
      pool,
      { inlineBudgetMs: -1 },
    );
    await executor.answer(job('who balances against A?', upload));
    await executor.answer(job('what threatens B most?', upload));
    expect(asked).toEqual(['balance-against', 'threats']);
  });
});
