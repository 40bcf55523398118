// The Discord bot under load, through the fake Discord of the test suite on 127.0.0.1.
//
// The fake runs in a worker thread of its own, so that its work (HTTP parsing, JSON, the
// gateway) is not charged to the bot's event loop; the bot runs on the main thread exactly as
// in production (discord.js Client, the assistant, SQLite, the evaluation worker pool).
//
// 1. Interaction-to-reply latency with 100 interactions in flight: 100 slash commands are
//    dispatched at once over the gateway (a mix of /balance, /bandwagon, /threats, /explain,
//    /predict, /whatif, /concept and /help in 100 channels), the next 100 when all are
//    answered. Reported twice: end to end (gateway dispatch to the reply's arrival at the fake,
//    loopback included), and inside the bot (from discord.js handing the interaction to the bot
//    to the reply being handed to discord.js's REST client), which is the "excluding the
//    network" figure. Target (DESIGN.md): p99 under 20 ms excluding the network.
// 2. Memory with 1,000 channel sessions: 1,000 channels each get a scenario (half a bundled
//    example, half an uploaded file of their own) and a question; memory is read before and
//    after, with garbage collected.
//
// Rate limits are lifted for the run: it measures answering, not refusing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { FakeDiscord } from '../test/bot/support/fake-discord.js';

const IN_FLIGHT = 100;
const SESSIONS = 1_000;
/** Milliseconds since the epoch with sub-millisecond precision, comparable across threads. */
const clock = () => performance.timeOrigin + performance.now();

if (!isMainThread) {
  // The fake's thread: start the fake, then answer the bench's calls.
  const fake = await new FakeDiscord(workerData).start();
  parentPort.on('message', async ({ id, method, args }) => {
    try {
      let value;
      if (method === 'slash') {
        const interaction = fake.slashCommand(...args);
        const at = await fake.answeredAt(interaction, 120_000);
        value = {
          sentAt: performance.timeOrigin + interaction.sentAt,
          answeredAt: performance.timeOrigin + at,
        };
      } else if (method === 'answer') {
        await fake.answerTo(fake.slashCommand(...args), 120_000);
      } else if (method === 'host') value = fake.hostAttachment(...args);
      else if (method === 'stop') await fake.stop();
      else value = { api: fake.api };
      parentPort.postMessage({ id, ok: true, value });
    } catch (error) {
      parentPort.postMessage({ id, ok: false, error: String(error) });
    }
  });
  parentPort.postMessage({ id: 0, ok: true, value: { api: fake.api } });
} else {
  await runBench();
}

async function runBench() {
  const { createDiscordBot, readConfig } = await import('@threatlab/bot');
  const { median, percentile, report, target } = await import('./stats.js');
  const collect = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};
  const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
  const TOKEN = 'bench-token-0123456789';
  const channelIds = (count, offset) =>
    Array.from({ length: count }, (_, i) => String(700_000_000_000_000_000n + BigInt(offset + i)));
  const guilds = [
    { id: '800000000000000001', name: 'Latency', channels: channelIds(IN_FLIGHT, 0) },
    { id: '800000000000000002', name: 'Sessions', channels: channelIds(SESSIONS, 10_000) },
  ];

  const thread = new Worker(new URL(import.meta.url), { workerData: { heartbeatMs: 30_000, guilds } });
  const pending = new Map();
  let nextId = 1;
  const ready = new Promise((resolve) => pending.set(0, { resolve }));
  thread.on('message', ({ id, ok, value, error }) => {
    const call = pending.get(id);
    pending.delete(id);
    if (ok) call.resolve(value);
    else call.reject(new Error(error));
  });
  const call = (method, ...args) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      thread.postMessage({ id, method, args });
    });
  const { api } = await ready;

  const dataDir = mkdtempSync(join(tmpdir(), 'threatlab-bench-'));
  const base = readConfig(
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API: api,
      THREATLAB_DATA_DIR: dataDir,
      THREATLAB_WORKERS: process.env.THREATLAB_WORKERS,
    },
    process.cwd(),
  );
  const unlimited = { requests: Number.MAX_SAFE_INTEGER, windowMs: 1 };
  const config = {
    ...base,
    token: TOKEN,
    limits: { ...base.limits, perUser: unlimited, perChannel: unlimited },
  };
  const bot = createDiscordBot({ config, logger: { info() {}, error: (m, e) => console.error(m, e) } });

  // Inside the bot: from the interaction event to the reply leaving for discord.js's REST queue.
  const received = new Map();
  bot.client.prependListener('interactionCreate', (interaction) => received.set(interaction.id, clock()));
  const inside = [];
  const post = bot.client.rest.post.bind(bot.client.rest);
  bot.client.rest.post = (route, options) => {
    const match = /^\/interactions\/(\d+)\//.exec(route);
    const start = match ? received.get(match[1]) : undefined;
    if (start !== undefined) {
      inside.push(clock() - start);
      received.delete(match[1]);
    }
    return post(route, options);
  };

  await bot.start();

  const str = (name, value) => ({ type: 3, name, value });
  const sub = (name, options = []) => ({ type: 1, name, options });
  const MIX = [
    ['balance', [sub('against', [str('state', 'Germany')])]],
    ['threats', [str('state', 'Italy')]],
    ['explain', [sub('state', [str('state', 'Russia')])]],
    ['predict', []],
    ['whatif', [sub('intent', [str('state', 'Germany'), str('value', 'benign')])]],
    ['bandwagon', [sub('with', [str('state', 'Germany')])]],
    ['concept', [str('term', 'bandwagoning')]],
    ['help', []],
  ];

  const round = (channels, offset) =>
    Promise.all(
      channels.map(async (channelId, i) => {
        const [name, options] = MIX[(offset + i) % MIX.length];
        const user = {
          id: String(500_000_000_000_000_000n + BigInt(i)),
          username: `u${i}`,
          discriminator: '0',
          global_name: null,
          avatar: null,
        };
        const { sentAt, answeredAt } = await call('slash', name, options, { channelId, user });
        return answeredAt - sentAt;
      }),
    );

  // Warm-up: JIT, the worker pool's caches, each channel's first answer (which writes its default scenario).
  for (let i = 0; i < 3; i++) await round(guilds[0].channels, i);
  inside.length = 0;
  const endToEnd = [];
  const elu = performance.eventLoopUtilization();
  for (let r = 0; r < rounds; r++) endToEnd.push(...(await round(guilds[0].channels, r)));
  const busy = performance.eventLoopUtilization(elu);
  endToEnd.sort((a, b) => a - b);
  const own = [...inside].sort((a, b) => a - b);
  report(`interaction to reply, ${IN_FLIGHT} in flight, end to end`, {
    n: endToEnd.length,
    p50_ms: median(endToEnd),
    p99_ms: percentile(endToEnd, 99),
    max_ms: endToEnd.at(-1),
  });
  report(`interaction to reply, ${IN_FLIGHT} in flight, inside the bot`, {
    n: own.length,
    p50_ms: median(own),
    p99_ms: percentile(own, 99),
    max_ms: own.at(-1),
  });
  // The main thread's busy time per interaction: what 99 others in flight put in front of the
  // last one, and a figure that the machine's other load inflates less than latencies.
  report('main thread busy per interaction', {
    ms: busy.active / endToEnd.length,
    utilization: busy.utilization,
  });
  target('p99 inside the bot (excluding the network)', percentile(own, 99), 20);

  // Memory with 1,000 channel sessions (BENCH_SKIP_MEMORY=1 skips it, e.g. to profile latency alone).
  if (process.env.BENCH_SKIP_MEMORY) {
    await bot.stop();
    await call('stop');
    await thread.terminate();
    rmSync(dataDir, { recursive: true, force: true });
    return;
  }
  const settle = async () => {
    collect();
    await new Promise((r) => setTimeout(r, 200));
    collect();
  };
  await settle();
  const before = process.memoryUsage();
  const sessionChannels = guilds[1].channels;
  for (let start = 0; start < SESSIONS; start += IN_FLIGHT) {
    const batch = sessionChannels.slice(start, start + IN_FLIGHT);
    await Promise.all(
      batch.map(async (channelId, i) => {
        const n = start + i;
        if (n % 2 === 0)
          return call(
            'answer',
            'scenario',
            [sub('load', [str('example', n % 4 === 0 ? 'cold-war-1955' : 'gulf-1990')])],
            { channelId },
          );
        // An uploaded scenario of its own: three states whose powers differ per channel.
        const text = `scenario "Channel ${n}"\nstate A { power ${(0.3 + (n % 50) / 200).toFixed(3)} offense high intent hostile major }\nstate B { power 0.2 }\nstate C { power 0.1 intent benign }\nborder A B, B C\n`;
        const attachment = await call('host', `channel-${n}.threat`, text);
        return call('answer', 'scenario', [sub('load', [{ type: 11, name: 'file', value: attachment.id }])], {
          channelId,
          resolved: { attachments: { [attachment.id]: attachment } },
        });
      }),
    );
    await Promise.all(batch.map((channelId) => call('answer', 'predict', [], { channelId })));
  }
  await settle();
  const after = process.memoryUsage();
  const mb = (bytes) => bytes / (1024 * 1024);
  report(`memory, ${SESSIONS} channel sessions`, {
    rss_MB: mb(after.rss),
    rss_growth_MB: mb(after.rss - before.rss),
    heap_MB: mb(after.heapUsed),
    heap_growth_MB: mb(after.heapUsed - before.heapUsed),
    heap_per_session_KB: (after.heapUsed - before.heapUsed) / SESSIONS / 1024,
  });

  await bot.stop();
  await call('stop');
  await thread.terminate();
  rmSync(dataDir, { recursive: true, force: true });
}
