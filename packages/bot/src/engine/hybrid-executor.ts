/**
 * Cheap answers on the main thread, everything else in the worker pool.
 *
 * A thread hop costs little on an idle machine but, with a hundred interactions in flight on
 * two cores, every job sent to a worker competes with the main thread for a core. Most
 * questions only read a scenario the model has already analysed (who balances, what threatens,
 * explain, predict), which takes well under a millisecond; they are answered here, on the
 * main thread's own engine, when the scenario is known to be cheap:
 * - a bundled example (ours, small, analysed at start-up), or
 * - an upload whose analysis in a worker, under the time limit, took at most
 *   `inlineBudgetMs`; the main thread then loads it once itself.
 * Anything else (an unknown or costly upload, claims with their counterfactual search, the
 * PNG graph, loading a file) goes to the pool, where the evaluation time limit applies.
 */
import type { RequestKind } from '../request.js';
import type { AnswerEngine } from './answer-engine.js';
import type { Executor } from './executor.js';
import { sessionKey, type AnswerJob, type AnswerResult, type SessionSource, type StateName } from './jobs.js';

/** Requests that read the analysed scenario, or nothing at all; a what-if evaluates it once more. */
const CHEAP: ReadonlySet<RequestKind> = new Set<RequestKind>([
  'help',
  'not-understood',
  'concept',
  'balance-against',
  'bandwagon-with',
  'threats',
  'predict',
  'explain',
  'compare-theories',
  'whatif',
  'scenario-show',
  'scenario-list',
  'scenario-reset',
  'scenario-load-example',
]);

/** Uploads known to be cheap, remembered by session key; bounded like the engines' caches. */
const KNOWN_LIMIT = 4_096;

export interface HybridExecutorOptions {
  /** Longest load (parse, check, analyse) in a worker for which an upload may be answered inline. */
  readonly inlineBudgetMs: number;
}

export class HybridExecutor implements Executor {
  private readonly cheapUploads = new Set<string>();

  constructor(
    private readonly inline: AnswerEngine,
    private readonly pool: Executor,
    private readonly options: HybridExecutorOptions,
  ) {}

  async answer(job: AnswerJob): Promise<AnswerResult> {
    if (CHEAP.has(job.request.kind) && this.isCheap(job.session)) return this.inline.answer(job);
    const result = await this.pool.answer(job);
    if (
      job.session.origin === 'upload' &&
      result.loadMs !== undefined &&
      result.loadMs <= this.options.inlineBudgetMs
    )
      this.remember(job.session);
    // A file just loaded becomes the channel's session: learn its cost for the next question.
    for (const effect of result.effects) {
      if (
        effect.kind === 'set-scenario' &&
        effect.source.origin === 'upload' &&
        result.loadMs !== undefined &&
        result.loadMs <= this.options.inlineBudgetMs
      )
        this.remember(effect.source);
    }
    return result;
  }

  async states(session: SessionSource): Promise<StateName[]> {
    return this.isCheap(session) ? this.inline.states(session) : this.pool.states(session);
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  private isCheap(session: SessionSource): boolean {
    return (
      session.origin === 'example' || this.inline.has(session) || this.cheapUploads.has(sessionKey(session))
    );
  }

  private remember(session: SessionSource): void {
    if (this.cheapUploads.size >= KNOWN_LIMIT) this.cheapUploads.clear();
    this.cheapUploads.add(sessionKey(session));
  }
}
