/**
 * The assistant: one pipeline for every way of asking (slash command, mention, terminal).
 *
 *   rate limits -> the channel's session from the store -> the engine (maybe in a worker,
 *   with a time limit) -> effects written to the store -> the reply
 *
 * It knows nothing about Discord: adapters turn what they receive into a `Request` and what
 * comes back into messages. A reply is returned only after its effects are on disk, so
 * anything the bot has acknowledged survives a crash.
 */
import type { BotLimits } from './bot-limits.js';
import { EvaluationTimeout, formatSeconds, type Executor } from './engine/executor.js';
import type { AnswerJob, Asker, Effect, SessionSource, StateName } from './engine/jobs.js';
import { sessionKey } from './engine/jobs.js';
import { RateLimiter } from './rate-limiter.js';
import { errorReply, withNotice, type Reply } from './reply/reply.js';
import type { Request } from './request.js';
import type { ExampleLibrary } from './scenarios/example-library.js';
import type { ChannelStore } from './store/channel-store.js';

export interface Incoming {
  readonly channelId: string;
  readonly guildId?: string;
  readonly asker: Asker;
  readonly request: Request;
  /** The question as asked, kept in the channel's recent questions. */
  readonly text: string;
}

export interface AssistantOptions {
  readonly store: ChannelStore;
  readonly executor: Executor;
  readonly examples: ExampleLibrary;
  readonly limits: BotLimits;
  readonly now?: () => number;
  /** Called with unexpected errors (bugs), never with user input. */
  readonly onError?: (error: unknown) => void;
}

export class Assistant {
  private readonly perUser: RateLimiter;
  private readonly perChannel: RateLimiter;
  private readonly now: () => number;
  /** State names per session, for autocomplete; small and rebuilt on demand. */
  private readonly stateNames = new Map<string, StateName[]>();

  constructor(private readonly options: AssistantOptions) {
    this.perUser = new RateLimiter(options.limits.perUser);
    this.perChannel = new RateLimiter(options.limits.perChannel);
    this.now = options.now ?? Date.now;
  }

  get limits(): BotLimits {
    return this.options.limits;
  }

  /** Answers one request. Never rejects: every failure becomes a reply. */
  async handle(incoming: Incoming): Promise<Reply> {
    try {
      return await this.answer(incoming);
    } catch (error) {
      if (error instanceof EvaluationTimeout) return errorReply('Too slow to evaluate', error.message);
      this.options.onError?.(error);
      return errorReply(
        'Something went wrong',
        'The bot hit an internal error while answering; the question was not lost, so try again, and tell the maintainers if it keeps happening',
      );
    }
  }

  private async answer(incoming: Incoming): Promise<Reply> {
    const now = this.now();
    const refusal = this.rateLimit(incoming, now);
    if (refusal) return refusal;
    const { store } = this.options;
    if (incoming.text.length > this.options.limits.maxQuestionLength) {
      return errorReply(
        'Question too long',
        `Questions and claims are limited to ${this.options.limits.maxQuestionLength} characters; this one has ${incoming.text.length}`,
      );
    }
    const stored = store.scenario(incoming.channelId);
    const session = stored ? sourceOf(stored) : this.defaultSession();
    if (!session)
      return errorReply(
        'No scenario',
        'No example scenarios are bundled with this bot, so there is nothing to answer about; load a `.threat` file with `/scenario load`',
      );
    const needsClaims = incoming.request.kind === 'claims';
    const job: AnswerJob = {
      request: incoming.request,
      session,
      ...(needsClaims
        ? { claims: store.claims(incoming.channelId, this.options.limits.maxClaimsPerChannel) }
        : {}),
      claimCount: store.claimCount(incoming.channelId),
      asker: incoming.asker,
    };
    const result = await this.options.executor.answer(job);
    let reply = result.reply;
    const changesScenario = result.effects.some(
      (e) => e.kind === 'set-scenario' || e.kind === 'reset-scenario',
    );
    // A channel's first answer about the default example says so, and the default is then
    // written down so that later answers do not repeat it. Answers that are not about the
    // scenario (help, the glossary, errors) leave the notice for the first one that is.
    const announceDefault =
      !stored && !changesScenario && !reply.ephemeral && result.scenarioTitle !== undefined;
    // Effects are what the reply acknowledges ("Loaded", "recorded"): synced to the disk before
    // the reply goes out. The default's bookkeeping needs no fsync (at worst the notice is said
    // twice), and the question log is written in batches.
    if (result.effects.length > 0 || announceDefault) {
      store.transaction(
        () => {
          for (const effect of result.effects) this.apply(effect, incoming, now);
          if (announceDefault && session.origin === 'example') {
            store.setScenario({
              channelId: incoming.channelId,
              ...(incoming.guildId ? { guildId: incoming.guildId } : {}),
              origin: 'example',
              name: session.name,
              loadedAt: now,
            });
          }
        },
        { durable: result.effects.length > 0 },
      );
    }
    store.queueQuestion({
      channelId: incoming.channelId,
      authorId: incoming.asker.id,
      text: incoming.text,
      askedAt: now,
    });
    if (announceDefault) {
      const title =
        result.scenarioTitle !== session.name
          ? `**${result.scenarioTitle}** (${session.name})`
          : `**${session.name}**`;
      reply = withNotice(
        reply,
        `This channel has no scenario loaded, so I am using the bundled example ${title}. Load another with \`/scenario load\`.`,
      );
    }
    return reply;
  }

  /** State names of the channel's scenario that start with (or contain) `typed`, for autocomplete. */
  async completeState(channelId: string, typed: string, limit = 25): Promise<StateName[]> {
    const stored = this.options.store.scenario(channelId);
    const session = stored ? sourceOf(stored) : this.defaultSession();
    if (!session) return [];
    const key = sessionKey(session);
    let names = this.stateNames.get(key);
    if (!names) {
      names = await this.options.executor.states(session);
      if (this.stateNames.size > 500) this.stateNames.clear();
      this.stateNames.set(key, names);
    }
    const needle = typed.trim().toLowerCase();
    const starts = names.filter(
      (s) => s.id.toLowerCase().startsWith(needle) || s.name.toLowerCase().startsWith(needle),
    );
    const contains = names.filter(
      (s) =>
        !starts.includes(s) && (s.id.toLowerCase().includes(needle) || s.name.toLowerCase().includes(needle)),
    );
    return [...starts, ...contains].slice(0, limit);
  }

  /** The channel's claims and its scenario, as stored. */
  get store(): ChannelStore {
    return this.options.store;
  }

  private rateLimit(incoming: Incoming, now: number): Reply | undefined {
    const user = this.perUser.take(incoming.asker.id, now);
    if (!user.allowed) {
      return errorReply(
        'Slow down',
        `You have asked ${this.options.limits.perUser.requests} questions in ${formatSeconds(this.options.limits.perUser.windowMs)}, the most one member may; ask again in ${formatSeconds(Math.ceil(user.retryAfterMs / 1000) * 1000)}`,
      );
    }
    const channel = this.perChannel.take(incoming.channelId, now);
    if (!channel.allowed) {
      return errorReply(
        'This channel is busy',
        `This channel has asked ${this.options.limits.perChannel.requests} questions in ${formatSeconds(this.options.limits.perChannel.windowMs)}, the most the bot answers per channel; ask again in ${formatSeconds(Math.ceil(channel.retryAfterMs / 1000) * 1000)}`,
      );
    }
    return undefined;
  }

  private defaultSession(): SessionSource | undefined {
    const example = this.options.examples.defaultExample();
    return example ? { origin: 'example', name: example.name } : undefined;
  }

  private apply(effect: Effect, incoming: Incoming, now: number): void {
    const { store } = this.options;
    switch (effect.kind) {
      case 'set-scenario':
        store.setScenario({
          channelId: incoming.channelId,
          ...(incoming.guildId ? { guildId: incoming.guildId } : {}),
          origin: effect.source.origin,
          name: effect.source.name,
          ...(effect.source.origin === 'upload' ? { source: effect.source.text } : {}),
          loadedBy: incoming.asker.id,
          loadedAt: now,
        });
        break;
      case 'reset-scenario':
        store.resetScenario(incoming.channelId);
        break;
      case 'add-claim':
        store.addClaim({
          channelId: incoming.channelId,
          authorId: incoming.asker.id,
          authorName: incoming.asker.name,
          text: effect.text,
          ...(effect.held !== undefined ? { held: effect.held } : {}),
          createdAt: now,
        });
        break;
    }
  }
}

function sourceOf(stored: { origin: 'example' | 'upload'; name: string; source?: string }): SessionSource {
  return stored.origin === 'upload'
    ? { origin: 'upload', name: stored.name, text: stored.source ?? '' }
    : { origin: 'example', name: stored.name };
}
