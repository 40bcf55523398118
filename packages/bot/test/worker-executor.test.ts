/**
 * The worker pool: answers in threads, jobs past the time limit stopped, the pool going on with
 * fresh workers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_BOT_LIMITS } from '../src/bot-limits.js';
import { EvaluationTimeout } from '../src/engine/executor.js';
import { WorkerExecutor } from '../src/engine/worker-executor.js';
import { parseQuestion } from '../src/questions/parse-question.js';
import { EUROPE, FIXTURE_EXAMPLES } from './support.js';

const executors: WorkerExecutor[] = [];
function pool(timeoutMs: number, size = 1): WorkerExecutor {
  const executor = new WorkerExecutor({
    size,
    timeoutMs,
    workerData: { examplesDir: FIXTURE_EXAMPLES, limits: DEFAULT_BOT_LIMITS },
  });
  executors.push(executor);
  return executor;
}
afterEach(async () => {
  for (const e of executors.splice(0)) await e.close();
});

const job = (question: string) => ({
  request: parseQuestion(question),
  session: EUROPE,
  claimCount: 0,
  asker: { id: 'u', name: 'U' },
});

describe('the worker pool', () => {
  it('answers in worker threads, in parallel, the same as on the main thread', async () => {
    const executor = pool(30_000, 2);
    const answers = await Promise.all(
      ['who balances against Germany?', 'what threatens Italy most?', 'what is balancing?'].map((q) =>
        executor.answer(job(q)),
      ),
    );
    expect(answers.map((a) => a.reply.title)).toEqual([
      'Who balances against Germany?',
      'What threatens Italy most?',
      'Balancing',
    ]);
    expect((await executor.states(EUROPE)).length).toBe(9);
  });

  it('stops a job past the time limit with a clear error, and the pool goes on with a fresh worker', async () => {
    // 1 ms is far less than a cold worker needs to load and evaluate a scenario.
    const executor = pool(1);
    const error = await executor.answer(job('who balances against Germany?')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvaluationTimeout);
    expect((error as Error).message).toBe(
      "Evaluating this took longer than 1 ms, the bot's limit, so it was stopped; try a smaller scenario",
    );
    executor.timeoutMs = 30_000;
    expect((await executor.answer(job('what is bandwagoning?'))).reply.title).toBe('Bandwagoning');
  });

  it('a timeout fails only the job that ran; the jobs queued behind it are answered by the fresh worker', async () => {
    const executor = pool(1);
    const jobs = ['who balances against Germany?', 'what is balancing?', 'what is bandwagoning?'].map((q) =>
      executor.answer(job(q)).then(
        (r) => r.reply.title,
        (e: unknown) => e,
      ),
    );
    // The first job's limit was set when it was sent; the others get the new one.
    executor.timeoutMs = 30_000;
    const [first, second, third] = await Promise.all(jobs);
    expect(first).toBeInstanceOf(EvaluationTimeout);
    expect([second, third]).toEqual(['Balancing', 'Bandwagoning']);
  });

  it('refuses work once closed', async () => {
    const executor = pool(30_000);
    await executor.close();
    await expect(executor.answer(job('help'))).rejects.toThrow('shutting down');
  });
});
