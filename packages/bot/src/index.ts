/**
 * The bot package's public entry: the assistant pipeline, its executors, the example library and
 * the channel store, for the bins and the tests.
 */
export * from './assistant.js';
export * from './bot-limits.js';
export * from './config.js';
export * from './request.js';
export * from './engine/jobs.js';
export * from './engine/executor.js';
export * from './engine/worker-executor.js';
export * from './engine/hybrid-executor.js';
export * from './engine/answer-engine.js';
export * from './scenarios/example-library.js';
export * from './store/channel-store.js';
export * from './store/database.js';
export * from './questions/parse-question.js';
export * from './questions/parse-command-line.js';
export * from './reply/reply.js';
export * from './reply/to-discord.js';
export * from './reply/to-text.js';
export * from './commands/index.js';
export * from './discord/discord-bot.js';
export * from './deploy-commands.js';
export * from './terminal.js';
export * from './logger.js';
