// Types for fake-discord.js (plain JavaScript so the benchmark can run it without a loader).

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  files?: { field: string; name: string; type: string; data: Buffer }[];
  status: number;
  at: number;
  /** performance.now() at arrival. */
  t: number;
}

export interface SentInteraction {
  id: string;
  token: string;
  channelId: string;
  sentAt: number;
}

export interface AnswerTraffic {
  method: string;
  path: string;
  body: any;
  files: { field: string; name: string; type: string; data: Buffer }[];
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
}

export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
}

export interface ActionOptions {
  channelId?: string;
  user?: FakeUser;
  resolved?: unknown;
}

export declare const defaultUser: FakeUser;

export declare class FakeDiscord {
  constructor(options?: {
    guilds?: { id: string; name?: string; channels: string[] }[];
    heartbeatMs?: number;
  });
  readonly applicationId: string;
  readonly botUser: FakeUser & { bot: true };
  readonly guilds: { id: string; name?: string; channels: string[] }[];
  readonly requests: RecordedRequest[];
  readonly gatewayReceived: { op: number; d: any }[];
  readonly counts: { identify: number; resume: number; connections: number };
  recommendedShards?: number;
  api: string;
  base: string;
  gatewayUrl: string;
  port: number;
  start(): Promise<this>;
  stop(): Promise<void>;
  rateLimitNext(method: string, pathPattern: RegExp, retryAfter?: number): void;
  hostAttachment(
    filename: string,
    text: string,
    contentType?: string,
  ): { id: string; filename: string; size: number; url: string; proxy_url: string; content_type: string };
  dispatch(t: string, d: unknown, guildId?: string): number;
  disconnectGateway(code?: number): void;
  slashCommand(name: string, options?: unknown[], extra?: ActionOptions): SentInteraction;
  autocomplete(name: string, options?: unknown[], extra?: ActionOptions): SentInteraction;
  postMessage(
    content: string,
    extra?: ActionOptions & { attachments?: unknown[]; mentionBot?: boolean },
  ): { id: string; channelId: string };
  readonly mention: string;
  waitFor<T>(find: () => T | undefined, timeoutMs?: number, what?: string): Promise<T>;
  interactionTraffic(interaction: SentInteraction): RecordedRequest[];
  answerTo(interaction: SentInteraction, timeoutMs?: number): Promise<AnswerTraffic[]>;
  answeredAt(interaction: SentInteraction, timeoutMs?: number): Promise<number>;
  messageIn(channelId: string, since?: number, timeoutMs?: number): Promise<RecordedRequest>;
  idle(): Promise<void>;
}
