/**
 * End to end: the real discord.js Client, through the bot's own wiring, against a fake Discord
 * on 127.0.0.1 (REST and gateway). Covers login, slash commands, autocomplete, uploads, a
 * mention, a PNG reply, a restart that keeps the channel's scenario and claims, a 429 that is
 * retried, and a gateway disconnect that resumes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../packages/bot/src/config.js';
import { createDiscordBot, type DiscordBot } from '../../packages/bot/src/discord/discord-bot.js';
import { FakeDiscord, type AnswerTraffic, type SentInteraction } from './support/fake-discord.js';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
const TOKEN = 'fake-bot-token-0123456789';
const EPHEMERAL = 1 << 6;

let fake: FakeDiscord;
let dataDir: string;
let bot: DiscordBot;
const logged: string[] = [];

function startBot(deferAfterMs?: number): DiscordBot {
  const config = readConfig(
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API: fake.api,
      THREATLAB_DATA_DIR: dataDir,
      THREATLAB_EXAMPLES: EXAMPLES,
      THREATLAB_WORKERS: '1',
    },
    process.cwd(),
  );
  const logger = {
    info: (m: string) => logged.push(m),
    error: (m: string, e?: unknown) => logged.push(`ERROR ${m} ${String(e)}`),
  };
  // One member asks everything here: more than the per-member rate limit allows (unit-tested in assistant.test.ts).
  const limits = { ...config.limits, perUser: { requests: 1_000, windowMs: 30_000 } };
  return createDiscordBot({
    config: { ...config, token: TOKEN, limits },
    logger,
    ...(deferAfterMs !== undefined ? { deferAfterMs } : {}),
  });
}

const str = (name: string, value: string, focused = false) => ({
  type: 3,
  name,
  value,
  ...(focused ? { focused: true } : {}),
});
const sub = (name: string, options: unknown[] = []) => ({ type: 1, name, options });

/** The embeds of an interaction's answer: the immediate reply, or the edit of the deferral. */
function answerEmbeds(traffic: AnswerTraffic[]): any[] {
  const callback = traffic.find((r) => r.path.endsWith('/callback'))!;
  if (callback.body.type === 4) return callback.body.data.embeds;
  const edit = traffic.find((r) => r.method === 'PATCH');
  if (edit) return edit.body.embeds;
  return traffic.find((r) => r.method === 'POST' && !r.path.endsWith('/callback'))!.body.embeds;
}

async function slash(
  name: string,
  options: unknown[] = [],
  extra = {},
): Promise<{ interaction: SentInteraction; traffic: AnswerTraffic[]; embeds: any[] }> {
  const interaction = fake.slashCommand(name, options, extra);
  const traffic = await fake.answerTo(interaction);
  return { interaction, traffic, embeds: answerEmbeds(traffic) };
}

beforeAll(async () => {
  fake = await new FakeDiscord({ heartbeatMs: 1_000 }).start();
  dataDir = mkdtempSync(join(tmpdir(), 'threatlab-e2e-'));
  bot = startBot();
  await bot.start();
});

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the bot against a fake Discord', () => {
  it('logs in with one REST call, identifies with the token and the intents it needs', () => {
    const beforeReady = fake.requests.filter((r) => r.path.startsWith('/api/'));
    expect(beforeReady[0]!.path).toBe('/api/v10/gateway/bot');
    expect(beforeReady[0]!.headers['authorization']).toBe(`Bot ${TOKEN}`);
    const identify = fake.gatewayReceived.find((p) => p.op === 2)!;
    expect(identify.d.token).toBe(TOKEN);
    // Guilds (1), GuildMessages (512), DirectMessages (4096); no privileged MessageContent.
    expect(identify.d.intents).toBe(1 | 512 | 4096);
    expect(bot.client.isReady()).toBe(true);
    expect(logged.join('\n')).not.toContain(TOKEN);
  });

  it('answers a slash command at once, starting the channel on Europe 1914 and saying so', async () => {
    const { traffic, embeds } = await slash('balance', [sub('against', [str('state', 'Germany')])]);
    const callback = traffic[0]!;
    expect(callback.path).toMatch(/^\/api\/v10\/interactions\/\d+\/token-\d+\/callback$/);
    expect(callback.headers['authorization']).toBeUndefined();
    expect(callback.body.type).toBe(4);
    expect(embeds[0].title).toBe('Who balances against Germany?');
    expect(embeds[0].description).toContain(
      'no scenario loaded, so I am using the bundled example **Europe, July 1914** (europe-1914)',
    );
    expect(embeds[0].description).toMatch(/\*\*Britain\*\* \(threat 0\.\d\d\)/);
  });

  it('autocompletes state names from the channel scenario', async () => {
    const interaction = fake.autocomplete('threats', [str('state', 'aus', true)]);
    const [callback] = await fake.answerTo(interaction);
    expect(callback!.body).toEqual({
      type: 8,
      data: { choices: [{ name: 'Austria-Hungary', value: 'Austria-Hungary' }] },
    });
  });

  it('loads an uploaded .threat file: deferred, downloaded, checked, then edited in', async () => {
    const text =
      'import "europe-1914.threat"\nvariant "Peaceful Germany" { state Germany { intent benign } }\nexpect UK balances against Germany\n';
    const attachment = fake.hostAttachment('my-europe.threat', text);
    const { traffic, embeds } = await slash(
      'scenario',
      [sub('load', [{ type: 11, name: 'file', value: attachment.id }])],
      {
        resolved: { attachments: { [attachment.id]: attachment } },
      },
    );
    expect(traffic[0]!.body.type).toBe(5);
    expect(traffic.some((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'))).toBe(true);
    expect(embeds[0].title).toBe('Loaded my-europe.threat for this channel');
    expect(fake.requests.some((r) => r.path === new URL(attachment.url).pathname && r.status === 200)).toBe(
      true,
    );
  });

  it('answers a file with errors only to its uploader, listing diagnostics with line and column', async () => {
    const attachment = fake.hostAttachment(
      'broken.threat',
      'state Prussia { power 0.2 }\nborder Prusia Austria\n',
    );
    const { traffic } = await slash(
      'scenario',
      [sub('load', [{ type: 11, name: 'file', value: attachment.id }])],
      {
        resolved: { attachments: { [attachment.id]: attachment } },
      },
    );
    // The public deferral is deleted and the diagnostics go out as an ephemeral follow-up.
    expect(traffic.map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
    const followUp = traffic[2]!.body;
    expect(followUp.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(followUp.embeds[0].description).toContain(
      'broken.threat:2:8 error unknown-state: State "Prusia" is not declared; did you mean "Prussia"?',
    );
    // The channel keeps the scenario it had.
    const { embeds } = await slash('scenario', [sub('show')]);
    expect(embeds.at(-1).footer.text).toContain('my-europe.threat');
  });

  it('answers a question in plain words when mentioned', async () => {
    const since = Date.now();
    const message = fake.postMessage(`${fake.mention} what threatens Italy most?`);
    const sent = await fake.messageIn(message.channelId, since);
    expect(sent.body.message_reference.message_id).toBe(message.id);
    expect(sent.body.embeds[0].title).toBe('What threatens Italy most?');
    expect(sent.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('loads a .threat file attached to a mention', async () => {
    const since = Date.now();
    const attachment = fake.hostAttachment(
      'duo.threat',
      'state A { power 0.7 offense high intent hostile major }\nstate B { power 0.3 major }\nborder A B\n',
    );
    const message = fake.postMessage(`${fake.mention} here is our scenario`, {
      channelId: fake.guilds[0]!.channels[1]!,
      attachments: [attachment],
    });
    const sent = await fake.messageIn(message.channelId, since);
    expect(sent.body.embeds[0].title).toBe('Loaded duo.threat for this channel');
  });

  it('ignores messages that do not mention it', async () => {
    const since = Date.now();
    const ignored = fake.postMessage('who balances against Germany?', { mentionBot: false });
    // Events are handled in order: once the mention after it is answered, the first was seen.
    const asked = fake.postMessage(`${fake.mention} help`);
    const sent = await fake.messageIn(asked.channelId, since);
    expect(sent.body.message_reference.message_id).toBe(asked.id);
    const replies = fake.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/messages') && r.at >= since,
    );
    expect(replies.map((r) => r.body.message_reference?.message_id)).not.toContain(ignored.id);
  });

  it('replies with a PNG to /graph', async () => {
    const { traffic } = await slash('graph');
    const files = traffic.flatMap((r) => r.files);
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/\.png$/);
    expect([...files[0]!.data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it("draws one state's view for /graph state:Belgium, at twice the picture's size", async () => {
    const { traffic } = await slash('graph', [str('state', 'Belgium')]);
    const files = traffic.flatMap((r) => r.files);
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/-Belgium-threat\.png$/);
    expect(Buffer.from(files[0]!.data).readUInt32BE(16)).toBe(1520);
  });

  it('records a claim with its author', async () => {
    const user = {
      id: '500000000000000002',
      username: 'bo',
      discriminator: '0',
      global_name: 'Bo',
      avatar: null,
    };
    const { embeds } = await slash('claim', [str('text', 'Italy bandwagons with Germany')], { user });
    expect(embeds[0].title).toBe('Fails: Italy bandwagons with Germany');
    expect(embeds.at(-1).footer.text).toContain('claim by Bo, recorded');
  });

  it('retries a request that Discord answers with 429', async () => {
    fake.rateLimitNext('POST', /\/callback$/, 0.2);
    const { interaction, embeds } = await slash('help');
    const attempts = fake.requests.filter((r) => r.path.includes(interaction.token));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(embeds[0].title).toContain('threatlab');
  });

  it('resumes after the gateway drops the connection, and keeps answering', async () => {
    const identifies = fake.counts.identify;
    fake.disconnectGateway(4000);
    await fake.waitFor(() => (fake.counts.resume > 0 ? true : undefined), 20_000, 'a RESUME');
    const { embeds } = await slash('threats', [str('state', 'France')]);
    expect(embeds[0].title).toBe('What threatens France most?');
    expect(fake.counts.identify).toBe(identifies);
  });

  it('keeps the channel scenario and its claims across a restart', async () => {
    await bot.stop();
    // The restarted bot defers every answer, as it does for any answer that is slow to come.
    bot = startBot(0);
    await bot.start();
    expect(fake.counts.identify).toBe(2);
    const show = await slash('scenario', [sub('show')]);
    expect(show.traffic.map((r) => `${r.method} ${r.body?.type ?? ''}`.trim())).toEqual(['POST 5', 'PATCH']);
    expect(show.embeds.at(-1).footer.text).toContain('my-europe.threat');
    expect(show.embeds[0].description).not.toContain('no scenario loaded');
    const { embeds } = await slash('claims');
    expect(embeds[0].title).toBe('Claims: 0 of 1 hold');
    expect(embeds[0].description).toContain('by Bo');
  });
});
