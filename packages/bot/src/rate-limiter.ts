/**
 * A sliding-window rate limiter, one window per key (a member or a channel). In memory: each
 * shard limits the channels it serves, which is every channel of its guilds, so per-channel
 * limits are exact; a member active in guilds on several shards is limited per shard.
 */
import type { RateLimit } from './bot-limits.js';

export interface RateDecision {
  readonly allowed: boolean;
  /** When refused: milliseconds until the next request would be allowed. */
  readonly retryAfterMs: number;
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private checks = 0;

  constructor(private readonly limit: RateLimit) {}

  /** Records a request for `key` at `now` if the window allows it. */
  take(key: string, now: number): RateDecision {
    if (++this.checks % 1_000 === 0) this.sweep(now);
    const since = now - this.limit.windowMs;
    const times = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (times.length >= this.limit.requests) {
      this.hits.set(key, times);
      return { allowed: false, retryAfterMs: times[0]! + this.limit.windowMs - now };
    }
    times.push(now);
    this.hits.set(key, times);
    return { allowed: true, retryAfterMs: 0 };
  }

  /** Drops keys whose windows have emptied, so memory follows active keys only. */
  private sweep(now: number): void {
    const since = now - this.limit.windowMs;
    for (const [key, times] of this.hits) if (times[times.length - 1]! <= since) this.hits.delete(key);
  }

  get size(): number {
    return this.hits.size;
  }
}
