/**
 * Registers the slash commands with Discord: globally (an hour to reach every server), or in
 * one guild at once for testing.
 *
 *   DISCORD_TOKEN=... npm run deploy:commands                 # global
 *   DISCORD_TOKEN=... npm run deploy:commands -- --guild 123  # one guild, immediately
 *
 * The application id is DISCORD_APPLICATION_ID, or asked of Discord with the token.
 */
import {
  REST,
  Routes,
  type RESTGetCurrentApplicationResult,
  type RESTPutAPIApplicationCommandsResult,
} from 'discord.js';
import { COMMANDS } from './commands/index.js';
import { readConfig } from './config.js';
import { stderrLogger } from './logger.js';

export interface DeployOptions {
  readonly token: string;
  readonly api: string;
  readonly applicationId?: string;
  readonly guildId?: string;
}

export async function deployCommands(options: DeployOptions): Promise<RESTPutAPIApplicationCommandsResult> {
  const rest = new REST({ api: options.api }).setToken(options.token);
  const applicationId =
    options.applicationId ??
    ((await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult).id;
  const route = options.guildId
    ? Routes.applicationGuildCommands(applicationId, options.guildId)
    : Routes.applicationCommands(applicationId);
  return (await rest.put(route, {
    body: COMMANDS.map((c) => c.data),
  })) as RESTPutAPIApplicationCommandsResult;
}

export async function deployFromCli(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const config = readConfig(env, process.cwd());
  const logger = stderrLogger(config.token);
  if (!config.token) {
    logger.error('DISCORD_TOKEN is not set; it is needed to register commands');
    return 1;
  }
  const guildIndex = argv.indexOf('--guild');
  const guildId = guildIndex >= 0 ? argv[guildIndex + 1] : env['DISCORD_GUILD_ID'];
  try {
    const registered = await deployCommands({
      token: config.token,
      api: config.api,
      ...(env['DISCORD_APPLICATION_ID'] ? { applicationId: env['DISCORD_APPLICATION_ID'] } : {}),
      ...(guildId ? { guildId } : {}),
    });
    logger.info(
      `registered ${registered.length} commands ${guildId ? `in guild ${guildId}` : 'globally (allow up to an hour to appear)'}: ${registered.map((c) => '/' + c.name).join(' ')}`,
    );
    return 0;
  } catch (error) {
    logger.error('registering the commands failed', error);
    return 1;
  }
}
