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
import { sessionKey, type AnswerJob, type AnswerResult, type Engine, type SessionSource, type StateName } from './jobs.js';

/** Scenarios kept analysed; channels on the same example share one. */
const CACHE_SIZE = 64;

export class AnswerEngine implements Engine {
  private readonly cache = new LruCache<AnalyzedScenario>(CACHE_SIZE);

  constructor(
    private readonly examples: ExampleLibrary,
    private readonly limits: BotLimits,
  ) {}

  answer(job: AnswerJob): AnswerResult {
    let scenarioTitle: string | undefined;
    const context: HandlerContext = {
      job,
      examples: this.examples,
      limits: this.limits,
      session: () => {
        const session = this.analyzed(job.session);
        if ('loaded' in session) scenarioTitle = session.loaded.base.title;
        return session;
      },
      load: (source) => loadScenario(source, this.examples, this.limits.language),
      analyzed: (source) => this.analyzed(source),
    };
    const result = handle(job.request, context);
    return scenarioTitle ? { ...result, scenarioTitle } : result;
  }

  states(session: SessionSource): StateName[] {
    const analyzed = this.analyzed(session);
    return 'loaded' in analyzed ? [...analyzed.loaded.states] : [];
  }

  private analyzed(source: SessionSource): AnalyzedScenario | Reply {
    const key = sessionKey(source);
    const cached = this.cache.get(key);
    // The key hashes an upload's text; compare the text itself so a collision cannot mix channels.
    if (cached && (source.origin === 'example' || (cached.loaded.source.origin === 'upload' && cached.loaded.source.text === source.text))) return cached;
    const outcome = loadScenario(source, this.examples, this.limits.language);
    if (!outcome.ok) return errorReply('Scenario unavailable', outcome.reason);
    const analyzed = new AnalyzedScenario(outcome.loaded);
    this.cache.set(key, analyzed);
    return analyzed;
  }
}
