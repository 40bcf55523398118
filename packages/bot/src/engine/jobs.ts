/**
 * What the main thread asks the engine, and what it answers: plain, structured-cloneable data,
 * because the engine may run in a worker thread.
 */
import type { Reply } from '../reply/reply.js';
import type { Request } from '../request.js';
import type { StoredClaim } from '../store/channel-store.js';

/** Where a channel's scenario comes from. */
export type SessionSource =
  | { readonly origin: 'example'; readonly name: string }
  | { readonly origin: 'upload'; readonly name: string; readonly text: string };

export interface Asker {
  readonly id: string;
  readonly name: string;
}

export interface AnswerJob {
  readonly request: Request;
  readonly session: SessionSource;
  /** The channel's claims, for the requests that need them (`claims`). */
  readonly claims?: readonly StoredClaim[];
  readonly claimCount: number;
  readonly asker: Asker;
}

/** A change to what the channel remembers, applied by the main thread after the answer. */
export type Effect =
  | { readonly kind: 'set-scenario'; readonly source: SessionSource }
  | { readonly kind: 'reset-scenario' }
  | { readonly kind: 'add-claim'; readonly text: string; readonly held?: boolean };

export interface AnswerResult {
  readonly reply: Reply;
  readonly effects: readonly Effect[];
  /** The title of the channel's scenario, when the answer was about it. */
  readonly scenarioTitle?: string;
  /** When answering loaded and analysed the channel's scenario: how long that took, in ms. */
  readonly loadMs?: number;
}

export interface StateName {
  readonly id: string;
  readonly name: string;
}

/** The engine's interface, whether it runs on this thread or in a worker. */
export interface Engine {
  answer(job: AnswerJob): AnswerResult;
  states(session: SessionSource): StateName[];
}

/** The key under which a session's analysis is cached. */
export function sessionKey(session: SessionSource): string {
  return session.origin === 'example'
    ? `example:${session.name}`
    : `upload:${session.name}:${session.text.length}:${hashText(session.text)}`;
}

/** FNV-1a over UTF-16 code units: cheap, and collisions only cost a cache miss check below. */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
