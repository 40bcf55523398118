/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, the terminal assistant otherwise.
 */
import { readConfig, type BotConfig } from './config.js';
import { createDiscordBot } from './discord/discord-bot.js';
import { stderrLogger } from './logger.js';
import { TerminalSession } from './terminal.js';

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = readConfig(env, process.cwd());
  if (config.token) {
    await runDiscord({ ...config, token: config.token }, env);
  } else {
    await runTerminal(config, env);
  }
}

async function runDiscord(config: BotConfig & { token: string }, env: NodeJS.ProcessEnv): Promise<void> {
  const logger = stderrLogger(config.token, env['THREATLAB_QUIET'] === '1');
  const bot = createDiscordBot({ config, logger, answerAll: env['THREATLAB_ANSWER_ALL'] === '1' });
  const shutdown = (signal: string) => {
    logger.info(`${signal}: shutting down`);
    void bot.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  try {
    await bot.start();
  } catch (error) {
    logger.error('could not log in to Discord', error);
    await bot.stop();
    process.exitCode = 1;
  }
}

async function runTerminal(config: BotConfig, env: NodeJS.ProcessEnv): Promise<void> {
  // The terminal keeps nothing between runs unless a data folder is asked for explicitly, so
  // `npm start` on a fresh clone writes no files.
  const explicit = env['THREATLAB_DATA_DIR'] || env['THREATLAB_DATABASE'];
  const session = new TerminalSession(explicit ? config : { ...config, databasePath: ':memory:' }, {
    input: process.stdin,
    output: process.stdout,
    isTty: Boolean(process.stdin.isTTY),
    color: Boolean(process.stdout.isTTY) && !env['NO_COLOR'],
    write: (text) => process.stdout.write(text),
    cwd: process.cwd(),
  });
  await session.run();
}
