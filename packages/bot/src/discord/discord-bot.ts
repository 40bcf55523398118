/**
 * The Discord bot: a discord.js Client wired to the assistant. Everything Discord-specific
 * that is not a pure function lives in `discord/`; this file builds the parts and connects
 * the events.
 */
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import { Assistant } from '../assistant.js';
import type { BotConfig } from '../config.js';
import type { Executor } from '../engine/executor.js';
import { WorkerExecutor } from '../engine/worker-executor.js';
import { InlineExecutor } from '../engine/executor.js';
import { AnswerEngine } from '../engine/answer-engine.js';
import { HybridExecutor } from '../engine/hybrid-executor.js';
import { ExampleLibrary } from '../scenarios/example-library.js';
import { ChannelStore } from '../store/channel-store.js';
import { openDatabase, type SqliteDatabase } from '../store/database.js';
import { routeInteraction } from './interaction-router.js';
import { routeMessage } from './message-router.js';
import type { Logger } from '../logger.js';

export interface DiscordBot {
  readonly client: Client;
  readonly assistant: Assistant;
  /** Logs in and resolves when the client is ready. */
  start(): Promise<void>;
  /** Logs out, stops the workers and closes the database. */
  stop(): Promise<void>;
}

export interface DiscordBotOptions {
  readonly config: BotConfig & { readonly token: string };
  readonly logger: Logger;
  /** Answer messages without a mention (requires the privileged MessageContent intent). */
  readonly answerAll?: boolean;
  readonly deferAfterMs?: number;
}

export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  const { config, logger } = options;
  const examples = ExampleLibrary.fromFolder(config.examplesDir);
  const db: SqliteDatabase = openDatabase(config.databasePath);
  const store = new ChannelStore(db);
  const inline = new AnswerEngine(examples, config.limits);
  const executor: Executor =
    config.workers > 0
      ? new HybridExecutor(
          inline,
          new WorkerExecutor({
            size: config.workers,
            timeoutMs: config.limits.evaluationMs,
            workerData: { examplesDir: config.examplesDir, limits: config.limits },
          }),
          { inlineBudgetMs: config.inlineBudgetMs },
        )
      : new InlineExecutor(inline);
  const onError = (error: unknown) => logger.error('unexpected error', error);
  const assistant = new Assistant({ store, executor, examples, limits: config.limits, onError });

  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  if (options.answerAll) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({ intents, partials: [Partials.Channel], rest: { api: config.api } });

  const exampleNames = () => examples.list().map((e) => e.name);
  client.on(
    Events.InteractionCreate,
    (interaction) =>
      void routeInteraction(interaction, {
        assistant,
        exampleNames,
        onError,
        ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
      }),
  );
  client.on(
    Events.MessageCreate,
    (message) =>
      void routeMessage(message, {
        assistant,
        botUserId: () => client.user?.id,
        onError,
        ...(options.answerAll ? { answerAll: true } : {}),
      }),
  );
  client.on(Events.Error, (error) => logger.error('discord client error', error));
  client.on(Events.ShardDisconnect, (_event, shard) => logger.info(`shard ${shard} disconnected`));
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info(`shard ${shard} resumed (${replayed} events replayed)`),
  );

  let stopped = false;
  return {
    client,
    assistant,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.token);
      await ready;
      logger.info(
        `logged in as ${client.user?.tag ?? 'unknown'}; ${client.guilds.cache.size} guilds; database ${config.databasePath}`,
      );
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
      await executor.close();
      store.close();
      db.close();
    },
  };
}
