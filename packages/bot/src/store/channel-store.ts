/**
 * What the bot remembers per channel: its scenario, the claims members made and the recent
 * questions. Every method is one transaction; when it returns, the write is on disk.
 */
import type { SqliteDatabase } from './database.js';

export type ScenarioOrigin = 'example' | 'upload';

export interface StoredScenario {
  readonly channelId: string;
  readonly origin: ScenarioOrigin;
  /** An example's name (`europe-1914`) or an uploaded file's name (`balkans.threat`). */
  readonly name: string;
  /** The uploaded text; undefined for an example, whose text comes from the bundle. */
  readonly source?: string;
  readonly loadedBy?: string;
  readonly loadedAt: number;
}

export interface StoredClaim {
  readonly id: number;
  readonly channelId: string;
  readonly authorId: string;
  readonly authorName: string;
  readonly text: string;
  readonly held?: boolean;
  readonly createdAt: number;
}

export interface StoredQuestion {
  readonly channelId: string;
  readonly authorId: string;
  readonly text: string;
  readonly askedAt: number;
}

export interface ChannelStoreOptions {
  /** Questions kept per channel; older ones are dropped as new ones arrive. */
  readonly questionsKept?: number;
  /** How long a queued question may wait before it is written, in ms. */
  readonly questionFlushMs?: number;
}

interface ScenarioRow {
  channel_id: string;
  origin: ScenarioOrigin;
  name: string;
  source: string | null;
  loaded_by: string | null;
  loaded_at: number;
}

interface ClaimRow {
  id: number;
  channel_id: string;
  author_id: string;
  author_name: string;
  text: string;
  held: number | null;
  created_at: number;
}

export class ChannelStore {
  private readonly questionsKept: number;
  private readonly questionFlushMs: number;
  private readonly statements;
  private queued: StoredQuestion[] = [];
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: SqliteDatabase,
    options: ChannelStoreOptions = {},
  ) {
    this.questionsKept = options.questionsKept ?? 50;
    this.questionFlushMs = options.questionFlushMs ?? 250;
    this.statements = {
      getScenario: db.prepare<[string], ScenarioRow>('SELECT * FROM channel_scenarios WHERE channel_id = ?'),
      putScenario: db.prepare(
        `INSERT INTO channel_scenarios (channel_id, guild_id, origin, name, source, loaded_by, loaded_at)
         VALUES (@channelId, @guildId, @origin, @name, @source, @loadedBy, @loadedAt)
         ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, origin = excluded.origin, name = excluded.name,
           source = excluded.source, loaded_by = excluded.loaded_by, loaded_at = excluded.loaded_at`,
      ),
      deleteScenario: db.prepare('DELETE FROM channel_scenarios WHERE channel_id = ?'),
      addClaim: db.prepare(
        `INSERT INTO claims (channel_id, author_id, author_name, text, held, created_at)
         VALUES (@channelId, @authorId, @authorName, @text, @held, @createdAt)`,
      ),
      claims: db.prepare<[string, number], ClaimRow>(
        'SELECT * FROM claims WHERE channel_id = ? ORDER BY id LIMIT ?',
      ),
      claimCount: db.prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM claims WHERE channel_id = ?',
      ),
      addQuestion: db.prepare(
        'INSERT INTO questions (channel_id, author_id, text, asked_at) VALUES (?, ?, ?, ?)',
      ),
      trimQuestions: db.prepare(
        `DELETE FROM questions WHERE channel_id = @channel AND id <= (
           SELECT id FROM questions WHERE channel_id = @channel ORDER BY id DESC LIMIT 1 OFFSET @kept)`,
      ),
      questions: db.prepare<
        [string, number],
        { channel_id: string; author_id: string; text: string; asked_at: number }
      >(
        'SELECT channel_id, author_id, text, asked_at FROM questions WHERE channel_id = ? ORDER BY id DESC LIMIT ?',
      ),
    };
  }

  /**
   * Runs `work` as one transaction: all of its writes are kept together, or none is. With
   * `durable`, the commit is synced to the disk before this returns (synchronous=FULL), for
   * writes the bot is about to acknowledge; without it the commit survives a crash of the
   * process but may be lost to a power cut (the question log), and costs no fsync.
   */
  transaction<T>(work: () => T, options: { readonly durable?: boolean } = {}): T {
    if (!options.durable) return this.db.transaction(work)();
    this.db.pragma('synchronous = FULL');
    try {
      return this.db.transaction(work)();
    } finally {
      this.db.pragma('synchronous = NORMAL');
    }
  }

  scenario(channelId: string): StoredScenario | undefined {
    const row = this.statements.getScenario.get(channelId);
    if (!row) return undefined;
    return {
      channelId: row.channel_id,
      origin: row.origin,
      name: row.name,
      ...(row.source !== null ? { source: row.source } : {}),
      ...(row.loaded_by !== null ? { loadedBy: row.loaded_by } : {}),
      loadedAt: row.loaded_at,
    };
  }

  setScenario(scenario: StoredScenario & { readonly guildId?: string }): void {
    this.statements.putScenario.run({
      channelId: scenario.channelId,
      guildId: scenario.guildId ?? null,
      origin: scenario.origin,
      name: scenario.name,
      source: scenario.source ?? null,
      loadedBy: scenario.loadedBy ?? null,
      loadedAt: scenario.loadedAt,
    });
  }

  /**
   * Forgets the channel's scenario, so it falls back to the default example. Claims stay: they
   * are the channel's record of the debate, and are judged against whatever is loaded.
   */
  resetScenario(channelId: string): void {
    this.statements.deleteScenario.run(channelId);
  }

  addClaim(claim: Omit<StoredClaim, 'id'>): StoredClaim {
    const result = this.statements.addClaim.run({
      channelId: claim.channelId,
      authorId: claim.authorId,
      authorName: claim.authorName,
      text: claim.text,
      held: claim.held === undefined ? null : claim.held ? 1 : 0,
      createdAt: claim.createdAt,
    });
    return { ...claim, id: Number(result.lastInsertRowid) };
  }

  claims(channelId: string, limit = 1_000): StoredClaim[] {
    return this.statements.claims.all(channelId, limit).map((row) => ({
      id: row.id,
      channelId: row.channel_id,
      authorId: row.author_id,
      authorName: row.author_name,
      text: row.text,
      ...(row.held !== null ? { held: row.held === 1 } : {}),
      createdAt: row.created_at,
    }));
  }

  claimCount(channelId: string): number {
    return this.statements.claimCount.get(channelId)?.n ?? 0;
  }

  recordQuestion(question: StoredQuestion): void {
    this.db.transaction(() => {
      this.statements.addQuestion.run(question.channelId, question.authorId, question.text, question.askedAt);
      this.statements.trimQuestions.run({ channel: question.channelId, kept: this.questionsKept });
    })();
  }

  /**
   * Queues a question for the log; queued questions are written together, in one transaction,
   * within `questionFlushMs`. The log is a record, not something the bot acknowledged, so a
   * crash may lose the last fraction of a second of it; one write per batch instead of one per
   * question keeps the database off the path of every answer.
   */
  queueQuestion(question: StoredQuestion): void {
    this.queued.push(question);
    if (this.queued.length >= 500) this.flushQuestions();
    else this.flushTimer ??= setTimeout(() => this.flushQuestions(), this.questionFlushMs).unref();
  }

  /** Writes the queued questions now. */
  flushQuestions(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.queued.length === 0) return;
    const batch = this.queued;
    this.queued = [];
    this.db.transaction(() => {
      const channels = new Set<string>();
      for (const q of batch) {
        this.statements.addQuestion.run(q.channelId, q.authorId, q.text, q.askedAt);
        channels.add(q.channelId);
      }
      for (const channel of channels)
        this.statements.trimQuestions.run({ channel, kept: this.questionsKept });
    })();
  }

  /** Writes what is queued; call before closing the database. */
  close(): void {
    this.flushQuestions();
  }

  /** The channel's recent questions, newest first. */
  recentQuestions(channelId: string, limit = this.questionsKept): StoredQuestion[] {
    this.flushQuestions();
    return this.statements.questions.all(channelId, limit).map((row) => ({
      channelId: row.channel_id,
      authorId: row.author_id,
      text: row.text,
      askedAt: row.asked_at,
    }));
  }
}
