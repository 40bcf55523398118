/**
 * `npm run start:sharded`: the bot under discord.js's ShardingManager, one process per shard,
 * all sharing the same SQLite database (WAL lets them read while one writes; a busy timeout
 * makes writers wait their turn).
 *
 * The shard count is THREATLAB_SHARDS, or Discord's recommendation read from the gateway at
 * DISCORD_API (the ShardingManager's own "auto" always asks discord.com).
 */
import { ShardingManager } from 'discord.js';
import { compiledSibling } from './compiled-path.js';
import { readConfig } from './config.js';
import { stderrLogger } from './logger.js';

export async function recommendedShards(api: string, token: string): Promise<number> {
  const response = await fetch(`${api}/v10/gateway/bot`, { headers: { Authorization: `Bot ${token}` } });
  if (!response.ok) throw new Error(`GET /gateway/bot answered HTTP ${response.status}`);
  const body = (await response.json()) as { shards?: number };
  return Math.max(1, body.shards ?? 1);
}

export async function startSharded(env: NodeJS.ProcessEnv = process.env): Promise<ShardingManager> {
  const config = readConfig(env, process.cwd());
  if (!config.token)
    throw new Error(
      'DISCORD_TOKEN is not set: sharding needs a bot token (run `npm start` for the terminal assistant)',
    );
  const logger = stderrLogger(config.token, env['THREATLAB_QUIET'] === '1');
  const requested = Number.parseInt(env['THREATLAB_SHARDS'] ?? '', 10);
  const totalShards =
    Number.isFinite(requested) && requested > 0
      ? requested
      : await recommendedShards(config.api, config.token);
  const manager = new ShardingManager(compiledSibling(import.meta.url, './shard.js'), {
    token: config.token,
    totalShards,
    mode: 'process',
    respawn: env['THREATLAB_SHARD_RESPAWN'] !== '0',
    execArgv: [],
  });
  manager.on('shardCreate', (shard) => {
    // Each shard process gets the environment this was started with (DISCORD_API, the data
    // folder and the rest), on top of the ids discord.js adds.
    Object.assign(shard.env as NodeJS.ProcessEnv, env, {
      SHARDING_MANAGER: 'true',
      SHARDS: String(shard.id),
      SHARD_COUNT: String(totalShards),
    });
    logger.info(`launched shard ${shard.id} of ${totalShards}`);
  });
  await manager.spawn({ timeout: 60_000 });
  return manager;
}
