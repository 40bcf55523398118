/** The registration script against the fake Discord: guild and global registration. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands, deployFromCli } from '../../packages/bot/src/deploy-commands.js';
import { FakeDiscord } from './support/fake-discord.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await new FakeDiscord().start();
});
afterAll(async () => {
  await fake.stop();
});

describe('deploying the slash commands', () => {
  it('registers every command in one guild, asking Discord for the application id', async () => {
    const registered = await deployCommands({
      token: 'fake-deploy-token-0123',
      api: fake.api,
      guildId: '800000000000000001',
    });
    expect(registered.map((c) => c.name)).toEqual([
      'scenario',
      'balance',
      'bandwagon',
      'threats',
      'predict',
      'explain',
      'whatif',
      'claim',
      'claims',
      'concept',
      'graph',
      'help',
    ]);
    const put = fake.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/api/v10/applications/${fake.applicationId}/guilds/800000000000000001/commands`);
    expect(put.headers['authorization']).toBe('Bot fake-deploy-token-0123');
    expect(fake.requests.some((r) => r.path === '/api/v10/applications/@me')).toBe(true);
  });

  it('registers globally from the command line, with the application id from the environment', async () => {
    const code = await deployFromCli([], {
      DISCORD_TOKEN: 'fake-deploy-token-0123',
      DISCORD_API: fake.api,
      DISCORD_APPLICATION_ID: '42',
      THREATLAB_QUIET: '1',
    });
    expect(code).toBe(0);
    expect(
      fake.requests.some((r) => r.method === 'PUT' && r.path === '/api/v10/applications/42/commands'),
    ).toBe(true);
  });

  it('says what is missing without a token', async () => {
    expect(await deployFromCli([], {})).toBe(1);
  });
});
