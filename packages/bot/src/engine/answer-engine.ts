/**
 * The engine: requests in, replies and effects out, with loaded scenarios cached. Pure with
 * respect to the outside world: no Discord, no database, no clock; the bundled examples are
 * read before it is built. It runs on the main thread in the terminal and in worker threads
 * in the bot.
 */
import type { BotLimits } from '../bot-limits.js';
import { handle } from '../handlers/index.js';
import type { HandlerContext } from '../handlers/context.js';
import { AnalyzedScenario } from '../model/analyzed-scenario.js';
import { errorReply, type Reply } from '../reply/reply.js';
import type { ExampleLibrary } from '../scenarios/example-library.js';
import { loadScenario } from '../scenarios/load-scenario.js';
import { LruCache } from '../scenarios/session-cache.js';
import {
  sessionKey,
  type AnswerJob,
  type AnswerResult,
  type Engine,
  type SessionSource,
  type StateName,
} from './jobs.js';

/** Scenarios kept analysed; channels on the same example share one. */
const CACHE_SIZE = 64;

export class AnswerEngine implements Engine {
  private readonly cache = new LruCache<AnalyzedScenario>(CACHE_SIZE);
  /** The scenario `analyzed` has just loaded, so `answer` can tell a load from a cache hit. */
  private lastLoaded: AnalyzedScenario | Reply | undefined;

  constructor(
    private readonly examples: ExampleLibrary,
    private readonly limits: BotLimits,
  ) {}

  answer(job: AnswerJob): AnswerResult {
    let scenarioTitle: string | undefined;
    let loadMs: number | undefined;
    const context: HandlerContext = {
      job,
      examples: this.examples,
      limits: this.limits,
      session: () => {
        this.lastLoaded = undefined;
        const start = performance.now();
        const session = this.analyzed(job.session);
        // A cache miss loaded it: the executor learns what this scenario costs (see HybridExecutor).
        if (this.lastLoaded === session) loadMs = performance.now() - start;
        if ('loaded' in session) scenarioTitle = session.loaded.base.title;
        return session;
      },
      load: (source) => {
        const start = performance.now();
        const outcome = loadScenario(source, this.examples, this.limits.language);
        loadMs = performance.now() - start;
        return outcome;
      },
      analyzed: (source) => this.analyzed(source),
    };
    const result = handle(job.request, context);
    return {
      ...result,
      ...(scenarioTitle ? { scenarioTitle } : {}),
      ...(loadMs !== undefined ? { loadMs } : {}),
    };
  }

  /** Whether the session's scenario is loaded and analysed in this engine's cache. */
  has(session: SessionSource): boolean {
    const cached = this.cache.get(sessionKey(session));
    return (
      cached !== undefined &&
      (session.origin === 'example' ||
        (cached.loaded.source.origin === 'upload' && cached.loaded.source.text === session.text))
    );
  }

  states(session: SessionSource): StateName[] {
    const analyzed = this.analyzed(session);
    return 'loaded' in analyzed ? [...analyzed.loaded.states] : [];
  }

  private analyzed(source: SessionSource): AnalyzedScenario | Reply {
    const key = sessionKey(source);
    const cached = this.cache.get(key);
    // The key hashes an upload's text; compare the text itself so a collision cannot mix channels.
    if (
      cached &&
      (source.origin === 'example' ||
        (cached.loaded.source.origin === 'upload' && cached.loaded.source.text === source.text))
    )
      return cached;
    const outcome = loadScenario(source, this.examples, this.limits.language);
    if (!outcome.ok) return errorReply('Scenario unavailable', outcome.reason);
    const analyzed = new AnalyzedScenario(outcome.loaded);
    this.cache.set(key, analyzed);
    this.lastLoaded = analyzed;
    return analyzed;
  }
}
