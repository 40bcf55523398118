// A fake Discord on 127.0.0.1 for end-to-end tests and the bot benchmark: just enough of the
// REST API and the WebSocket gateway for the real discord.js Client to log in, receive
// interactions and messages, and answer them.
//
// Plain JavaScript (types in fake-discord.d.ts) so the benchmark, which runs without a
// TypeScript loader, can use the same fake as the tests.
//
// What it does, from the facts gathered for issue 5:
// - REST: GET /api/v10/gateway/bot (the only call at login) returns this server's gateway URL
//   and a high max_concurrency, so shards identify without waiting five seconds apart.
// - Gateway: HELLO (op 10); IDENTIFY (op 2) gets READY then one GUILD_CREATE per guild with its
//   channels (discord.js drops MESSAGE_CREATE for unknown channels, and waits 15 s for guilds
//   that never arrive); heartbeats (op 1) are answered with ACK (op 11); RESUME (op 6) replays
//   the events the client missed and sends RESUMED.
// - Interactions answer at POST /interactions/:id/:token/callback (no Authorization header);
//   editReply PATCHes /webhooks/:app/:token/messages/@original; followUp POSTs
//   /webhooks/:app/:token, as multipart when it carries files.
// - Any route can be told to answer 429 once, to check that the client retries.
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';

const API = '/api/v10';

export class FakeDiscord {
  /** @param {{ guilds?: Array<{ id: string, name?: string, channels: string[] }>, heartbeatMs?: number }} [options] */
  constructor(options = {}) {
    this.applicationId = '900000000000000001';
    this.botUser = {
      id: this.applicationId,
      username: 'threatlab',
      discriminator: '0',
      global_name: 'threatlab',
      avatar: null,
      bot: true,
    };
    this.guilds = options.guilds ?? [
      {
        id: '800000000000000001',
        name: 'Study group',
        channels: ['700000000000000001', '700000000000000002'],
      },
    ];
    this.heartbeatMs = options.heartbeatMs ?? 5_000;
    /** Every REST request, in arrival order. */
    this.requests = [];
    /** Gateway payloads the client sent (IDENTIFY, RESUME, heartbeats). */
    this.gatewayReceived = [];
    this.sockets = new Set();
    this.sessions = new Map();
    this.events = [];
    this.seq = 0;
    this.nextId = 1_000_000_000_000_000_000n;
    this.attachments = new Map();
    this.rateLimits = [];
    this.waiters = [];
    this.inFlight = 0;
    this.idleWaiters = [];
    this.counts = { identify: 0, resume: 0, connections: 0 };
    /** Requests per interaction token, so waiting on one interaction does not scan them all. */
    this.byToken = new Map();
  }

  keep(record) {
    this.requests.push(record);
    const token = /^\/api\/v10\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(record.path)?.[1];
    if (token) {
      const list = this.byToken.get(token) ?? [];
      list.push(record);
      this.byToken.set(token, list);
    }
  }

  /** Starts listening on a free port of 127.0.0.1. */
  async start() {
    this.server = createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = this.server.address().port;
    this.base = `http://127.0.0.1:${this.port}`;
    /** What to give discord.js as `rest.api`, or the bot as DISCORD_API. */
    this.api = `${this.base}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${this.port}/gateway`;
    return this;
  }

  /** Waits for REST traffic to finish, then closes every socket and the server. */
  async stop() {
    await this.idle();
    for (const ws of this.sockets) ws.terminate();
    await new Promise((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections?.();
    await new Promise((resolve) => this.server.close(() => resolve()));
  }

  snowflake() {
    this.nextId += 1n;
    return this.nextId.toString();
  }

  // ---------------------------------------------------------------- REST

  async onHttp(req, res) {
    this.inFlight++;
    try {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const raw = Buffer.concat(chunks);
      const url = new URL(req.url, this.base);
      const record = {
        method: req.method,
        path: decodeURIComponent(url.pathname),
        query: url.searchParams,
        headers: req.headers,
        at: Date.now(),
        t: performance.now(),
      };
      record.body = await parseBody(req.headers['content-type'], raw);
      if (record.body && record.body.files) {
        record.files = record.body.files;
        record.body = record.body.json;
      }
      const limited = this.takeRateLimit(record);
      if (limited) {
        record.status = 429;
        this.keep(record);
        const body = JSON.stringify({
          message: 'You are being rate limited.',
          retry_after: limited.retryAfter,
          global: false,
        });
        res.writeHead(429, {
          'content-type': 'application/json',
          'retry-after': String(Math.ceil(limited.retryAfter)),
          'x-ratelimit-scope': 'user',
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(limited.retryAfter),
          'x-ratelimit-bucket': 'fake-bucket',
        });
        res.end(body);
        this.notify();
        return;
      }
      const [status, payload, contentType] = this.route(record);
      record.status = status;
      this.keep(record);
      if (payload === undefined) {
        res.writeHead(status);
        res.end();
      } else if (Buffer.isBuffer(payload)) {
        res.writeHead(status, {
          'content-type': contentType ?? 'application/octet-stream',
          'content-length': payload.length,
        });
        res.end(payload);
      } else {
        const body = JSON.stringify(payload);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body);
      }
      this.notify();
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: String(error) }));
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  /** @returns {[number, unknown, string?]} */
  route(r) {
    const p = r.path;
    let m;
    if (r.method === 'GET' && p === `${API}/gateway/bot`) {
      return [
        200,
        {
          url: this.gatewayUrl,
          shards: this.recommendedShards ?? 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 16 },
        },
      ];
    }
    if (r.method === 'GET' && p === `${API}/gateway`) return [200, { url: this.gatewayUrl }];
    if (r.method === 'GET' && (p === `${API}/applications/@me` || p === `${API}/oauth2/applications/@me`)) {
      return [200, { id: this.applicationId, name: 'threatlab', bot: this.botUser, flags: 0 }];
    }
    if (r.method === 'GET' && p === `${API}/users/@me`) return [200, this.botUser];
    if (r.method === 'GET' && (m = /^\/attachments\/(\d+)\/[^/]+$/.exec(p))) {
      const file = this.attachments.get(m[1]);
      return file ? [200, file.data, file.contentType] : [404, { message: 'Unknown attachment' }];
    }
    if (r.method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(p)) {
      return [
        200,
        (r.body ?? []).map((c) => ({
          ...c,
          id: this.snowflake(),
          application_id: this.applicationId,
          version: '1',
        })),
      ];
    }
    if (r.method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(p))
      return [204, undefined];
    if (r.method === 'PATCH' && (m = /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(p))) {
      return [200, this.message(this.interactionChannel(m[2]), r.body)];
    }
    if (r.method === 'DELETE' && /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(p))
      return [204, undefined];
    if (r.method === 'POST' && (m = /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)$/.exec(p))) {
      return [200, this.message(this.interactionChannel(m[2]), r.body)];
    }
    if (r.method === 'POST' && (m = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(p)))
      return [200, this.message(m[1], r.body)];
    if (r.method === 'POST' && /^\/api\/v10\/channels\/\d+\/typing$/.test(p)) return [204, undefined];
    return [404, { message: `fake Discord has no route for ${r.method} ${p}`, code: 0 }];
  }

  interactionChannel(token) {
    return this.tokens?.get(token) ?? this.guilds[0].channels[0];
  }

  /** A message object as Discord returns it, for what the bot sent. */
  message(channelId, body) {
    return {
      id: this.snowflake(),
      channel_id: channelId,
      guild_id: this.guildOf(channelId),
      author: this.botUser,
      content: body?.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: (body?.attachments ?? []).map((a, i) => ({
        id: this.snowflake(),
        filename: a.filename ?? `file${i}`,
        size: 0,
        url: `${this.base}/x`,
        proxy_url: `${this.base}/x`,
      })),
      embeds: body?.embeds ?? [],
      pinned: false,
      type: 0,
      flags: body?.flags ?? 0,
    };
  }

  guildOf(channelId) {
    return this.guilds.find((g) => g.channels.includes(channelId))?.id;
  }

  /** The next request matching `pattern` (a method and a path regex) answers 429 first. */
  rateLimitNext(method, pathPattern, retryAfter = 0.2) {
    this.rateLimits.push({ method, pathPattern, retryAfter });
  }

  takeRateLimit(record) {
    const i = this.rateLimits.findIndex((l) => l.method === record.method && l.pathPattern.test(record.path));
    if (i < 0) return undefined;
    return this.rateLimits.splice(i, 1)[0];
  }

  /** Serves a file at a CDN-like URL, as Discord does for attachments. */
  hostAttachment(filename, text, contentType = 'text/plain; charset=utf-8') {
    const id = this.snowflake();
    const data = Buffer.from(text, 'utf8');
    this.attachments.set(id, { data, contentType });
    const url = `${this.base}/attachments/${id}/${encodeURIComponent(filename)}`;
    return { id, filename, size: data.length, url, proxy_url: url, content_type: contentType };
  }

  // ---------------------------------------------------------------- gateway

  onSocket(ws) {
    this.sockets.add(ws);
    this.counts.connections++;
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => this.onGateway(ws, JSON.parse(String(data))));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatMs }, s: null, t: null }));
  }

  onGateway(ws, payload) {
    this.gatewayReceived.push(payload);
    switch (payload.op) {
      case 1:
        ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
        break;
      case 2: {
        this.counts.identify++;
        const [shardId, shardCount] = payload.d.shard ?? [0, 1];
        const sessionId = `session-${this.counts.identify}`;
        ws.session = { id: sessionId, shardId, shardCount, ready: true };
        this.sessions.set(sessionId, ws.session);
        const guilds = this.guildsOfShard(shardId, shardCount);
        this.send(ws, 'READY', {
          v: 10,
          user: this.botUser,
          guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
          session_id: sessionId,
          resume_gateway_url: this.gatewayUrl,
          shard: [shardId, shardCount],
          application: { id: this.applicationId, flags: 0 },
        });
        for (const guild of guilds) this.send(ws, 'GUILD_CREATE', this.guildPayload(guild));
        this.notify();
        break;
      }
      case 6: {
        this.counts.resume++;
        const session = this.sessions.get(payload.d.session_id);
        if (!session) {
          ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
          break;
        }
        ws.session = session;
        // Replay what this session missed, then say it is resumed.
        for (const event of this.events) {
          if (event.s > payload.d.seq && event.shardId === session.shardId)
            ws.send(JSON.stringify({ op: 0, t: event.t, s: event.s, d: event.d }));
        }
        this.send(ws, 'RESUMED', {});
        this.notify();
        break;
      }
      default:
        break;
    }
  }

  guildsOfShard(shardId, shardCount) {
    // Discord's rule: shard_id = (guild_id >> 22) % num_shards.
    return this.guilds.filter((g) => Number((BigInt(g.id) >> 22n) % BigInt(shardCount)) === shardId);
  }

  guildPayload(guild) {
    return {
      id: guild.id,
      name: guild.name ?? 'guild',
      icon: null,
      owner_id: '600000000000000001',
      unavailable: false,
      member_count: 2,
      large: false,
      features: [],
      roles: [
        {
          id: guild.id,
          name: '@everyone',
          permissions: '3072',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      members: [],
      presences: [],
      voice_states: [],
      threads: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      channels: guild.channels.map((id, i) => ({
        id,
        type: 0,
        name: `channel-${i}`,
        guild_id: guild.id,
        position: i,
        permission_overwrites: [],
        parent_id: null,
        nsfw: false,
      })),
      joined_at: new Date().toISOString(),
      premium_tier: 0,
      system_channel_flags: 0,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      preferred_locale: 'en-US',
    };
  }

  send(ws, t, d) {
    const s = ++this.seq;
    ws.send(JSON.stringify({ op: 0, t, s, d }));
    return s;
  }

  /** Sends a dispatch event to the shard serving `guildId`, keeping it for resumes. */
  dispatch(t, d, guildId = this.guilds[0].id) {
    const guild = this.guilds.find((g) => g.id === guildId);
    let target;
    for (const ws of this.sockets) {
      if (
        ws.session &&
        ws.readyState === 1 &&
        this.guildsOfShard(ws.session.shardId, ws.session.shardCount).includes(guild)
      )
        target = ws;
    }
    const s = ++this.seq;
    this.events.push({ t, s, d, shardId: target?.session.shardId ?? 0 });
    if (target) target.send(JSON.stringify({ op: 0, t, s, d }));
    return s;
  }

  /** Closes every gateway connection with a resumable close code (4000, unknown error). */
  disconnectGateway(code = 4000) {
    for (const ws of this.sockets) ws.close(code, 'fake disconnect');
  }

  // ---------------------------------------------------------------- members' actions

  member(user) {
    return {
      user,
      roles: [],
      permissions: '2199023255551',
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    };
  }

  /**
   * A member runs a slash command. `options` is Discord's option tree, e.g.
   * `[{ type: 1, name: 'against', options: [{ type: 3, name: 'state', value: 'Germany' }] }]`.
   */
  slashCommand(name, options = [], extra = {}) {
    return this.interaction(
      2,
      {
        id: this.snowflake(),
        name,
        type: 1,
        options,
        ...(extra.resolved ? { resolved: extra.resolved } : {}),
      },
      extra,
    );
  }

  /** Autocomplete for a focused option (mark it `focused: true` in `options`). */
  autocomplete(name, options = [], extra = {}) {
    return this.interaction(4, { id: this.snowflake(), name, type: 1, options }, extra);
  }

  interaction(type, data, extra) {
    const channelId = extra.channelId ?? this.guilds[0].channels[0];
    const guildId = this.guildOf(channelId);
    const user = extra.user ?? defaultUser;
    const id = this.snowflake();
    const token = `token-${id}`;
    this.tokens ??= new Map();
    this.tokens.set(token, channelId);
    const d = {
      id,
      application_id: this.applicationId,
      type,
      data,
      guild_id: guildId,
      channel_id: channelId,
      channel: { id: channelId, type: 0, guild_id: guildId, name: 'channel' },
      member: this.member(user),
      token,
      version: 1,
      app_permissions: '2199023255551',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { 0: guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
    };
    const sentAt = performance.now();
    this.dispatch('INTERACTION_CREATE', d, guildId);
    return { id, token, channelId, sentAt };
  }

  /** A member posts a message; mention the bot with `<@id>` in the content and `mentions`. */
  postMessage(content, extra = {}) {
    const channelId = extra.channelId ?? this.guilds[0].channels[0];
    const guildId = this.guildOf(channelId);
    const user = extra.user ?? defaultUser;
    const id = this.snowflake();
    this.dispatch(
      'MESSAGE_CREATE',
      {
        id,
        channel_id: channelId,
        guild_id: guildId,
        author: user,
        member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
        content,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: extra.mentionBot === false ? [] : [this.botUser],
        mention_roles: [],
        attachments: extra.attachments ?? [],
        embeds: [],
        pinned: false,
        type: 0,
        flags: 0,
      },
      guildId,
    );
    return { id, channelId };
  }

  /** `<@bot>` for message content. */
  get mention() {
    return `<@${this.botUser.id}>`;
  }

  // ---------------------------------------------------------------- waiting

  notify() {
    for (const waiter of [...this.waiters]) {
      const found = waiter.find();
      if (found !== undefined) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        clearTimeout(waiter.timer);
        waiter.resolve(found);
      }
    }
  }

  /** Resolves with the first value `find` returns that is not undefined, re-checked on every request. */
  waitFor(find, timeoutMs = 20_000, what = 'a request') {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = { find, resolve };
      waiter.timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`fake Discord: timed out waiting for ${what}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Requests to the interaction's callback and webhook routes, in order. */
  interactionTraffic(interaction) {
    return (this.byToken.get(interaction.token) ?? []).filter((r) => r.status !== 429);
  }

  /**
   * Waits until the interaction has its final answer: an immediate reply (callback type 4),
   * or a deferral (type 5) followed by an edit of the original message. Resolves with the
   * messages' bodies in order (the reply, then follow-ups that had arrived).
   */
  async answerTo(interaction, timeoutMs = 20_000) {
    await this.answeredAt(interaction, timeoutMs);
    // Follow-ups of a split answer are sent one after the other; wait until none is pending.
    await this.idle();
    return this.interactionTraffic(interaction).map((r) => ({
      method: r.method,
      path: r.path,
      body: r.body,
      files: r.files ?? [],
      query: r.query,
      headers: r.headers,
    }));
  }

  /**
   * Resolves with the time (performance.now()) at which the interaction's answer arrived: the
   * immediate reply, or the message that completed a deferral. Does not wait for follow-ups.
   */
  answeredAt(interaction, timeoutMs = 20_000) {
    return this.waitFor(
      () => {
        const traffic = this.interactionTraffic(interaction);
        const callback = traffic.find((r) => r.path.endsWith('/callback'));
        if (!callback) return undefined;
        if (callback.body.type === 4 || callback.body.type === 8) return callback.t;
        return traffic.find(
          (r) => r.method === 'PATCH' || (r.method === 'POST' && !r.path.endsWith('/callback')),
        )?.t;
      },
      timeoutMs,
      `the answer to interaction ${interaction.id}`,
    );
  }

  /** Waits for the bot's message in a channel after `since` (a message id or time). */
  messageIn(channelId, since = 0, timeoutMs = 20_000) {
    return this.waitFor(
      () =>
        this.requests.find(
          (r) =>
            r.method === 'POST' &&
            r.path === `${API}/channels/${channelId}/messages` &&
            r.at >= since &&
            r.status === 200,
        ),
      timeoutMs,
      `a message in channel ${channelId}`,
    );
  }

  /** Resolves when no REST request is being handled. */
  idle() {
    if (this.inFlight === 0) return new Promise((resolve) => setImmediate(resolve));
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}

export const defaultUser = {
  id: '500000000000000001',
  username: 'ada',
  discriminator: '0',
  global_name: 'Ada',
  avatar: null,
};

async function parseBody(contentType, raw) {
  if (!raw.length) return undefined;
  if (contentType?.startsWith('application/json')) return JSON.parse(raw.toString('utf8'));
  if (contentType?.startsWith('multipart/form-data')) {
    // undici's Response parses multipart bodies the way a server framework would.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files = [];
    let json;
    for (const [key, value] of form.entries()) {
      if (key === 'payload_json') json = JSON.parse(String(value));
      else if (typeof value !== 'string')
        files.push({
          field: key,
          name: value.name,
          type: value.type,
          data: Buffer.from(await value.arrayBuffer()),
        });
    }
    return { json, files };
  }
  return raw.toString('utf8');
}
