/**
 * The bot's limits. Each protects the bot (or the other people in a server) from one kind of
 * input: a huge upload, a scenario too big to evaluate quickly, a member or a channel sending
 * more than the bot can answer. Each has a message in `limit-messages.ts`.
 */
import { DEFAULT_LIMITS, type Limits } from '@threatlab/dsl';

export interface RateLimit {
  /** Requests allowed within `windowMs`. */
  readonly requests: number;
  readonly windowMs: number;
}

export interface BotLimits {
  /** Bytes in an uploaded `.threat` file. */
  readonly maxAttachmentBytes: number;
  /** The language's limits for uploaded scenarios (statements, import depth). */
  readonly language: Limits;
  /** How long one evaluation may run before it is stopped. */
  readonly evaluationMs: number;
  /** Requests per member, across channels. */
  readonly perUser: RateLimit;
  /** Requests per channel, across members. */
  readonly perChannel: RateLimit;
  /** Characters in one question or claim. */
  readonly maxQuestionLength: number;
  /** Claims kept per channel. */
  readonly maxClaimsPerChannel: number;
}

export const DEFAULT_BOT_LIMITS: BotLimits = {
  maxAttachmentBytes: 256 * 1024,
  // A hand-written scenario has tens to a few hundred statements; 5,000 still admits a whole
  // year of real data for the ~150 states of the modern system, and evaluates in milliseconds.
  language: { ...DEFAULT_LIMITS, maxFileSize: 256 * 1024, maxStatements: 5_000, maxImportDepth: 4 },
  evaluationMs: 5_000,
  perUser: { requests: 8, windowMs: 30_000 },
  perChannel: { requests: 30, windowMs: 60_000 },
  maxQuestionLength: 500,
  maxClaimsPerChannel: 200,
};
