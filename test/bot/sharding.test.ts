/**
 * `npm run start:sharded`: discord.js's ShardingManager runs one process per shard against the
 * fake Discord; each shard serves its own guild, and both write to the same SQLite database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { ShardingManager } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSharded } from '../../packages/bot/src/sharded.js';
import { FakeDiscord } from './support/fake-discord.js';

// Discord's rule, shard = (guild_id >> 22) % shards: the first guild is on shard 0, the second on shard 1.
const GUILD_0 = '800000000004194304';
const GUILD_1 = '800000000008388608';
const CHANNEL_0 = '700000000000000010';
const CHANNEL_1 = '700000000000000011';

let fake: FakeDiscord;
let dataDir: string;
let manager: ShardingManager | undefined;

beforeAll(async () => {
  fake = await new FakeDiscord({
    heartbeatMs: 2_000,
    guilds: [
      { id: GUILD_0, channels: [CHANNEL_0] },
      { id: GUILD_1, channels: [CHANNEL_1] },
    ],
  }).start();
  dataDir = mkdtempSync(join(tmpdir(), 'threatlab-shards-'));
  manager = await startSharded({
    ...process.env,
    DISCORD_TOKEN: 'fake-sharded-token-0123456789',
    DISCORD_API: fake.api,
    THREATLAB_DATA_DIR: dataDir,
    THREATLAB_EXAMPLES: fileURLToPath(new URL('../../examples', import.meta.url)),
    THREATLAB_SHARDS: '2',
    THREATLAB_SHARD_RESPAWN: '0',
    THREATLAB_WORKERS: '1',
    THREATLAB_QUIET: '1',
  });
}, 120_000);

afterAll(async () => {
  if (manager) for (const shard of manager.shards.values()) shard.kill();
  await fake?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('sharding', () => {
  it('runs one process per shard, each identifying for its own shard', () => {
    expect(manager!.shards.size).toBe(2);
    const pids = [...manager!.shards.values()].map((s) => s.process?.pid);
    expect(new Set(pids).size).toBe(2);
    const identified = fake.gatewayReceived.filter((p) => p.op === 2).map((p) => p.d.shard);
    expect(identified.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('answers in each guild from its shard, and every shard writes to the one database', async () => {
    const str = (name: string, value: string) => ({ type: 3, name, value });
    const answers = await Promise.all([
      fake.answerTo(
        fake.slashCommand('claim', [str('text', 'UK balances against Germany')], { channelId: CHANNEL_0 }),
        60_000,
      ),
      fake.answerTo(
        fake.slashCommand('claim', [str('text', 'Italy stays neutral')], { channelId: CHANNEL_1 }),
        60_000,
      ),
    ]);
    for (const traffic of answers) expect(traffic[0]!.body.data.embeds[0].title).toMatch(/^(Holds|Fails): /);
    const db = new Database(join(dataDir, 'bot.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT channel_id AS channel, text FROM claims ORDER BY channel_id').all();
    db.close();
    expect(rows).toEqual([
      { channel: CHANNEL_0, text: 'UK balances against Germany' },
      { channel: CHANNEL_1, text: 'Italy stays neutral' },
    ]);
  });
});
