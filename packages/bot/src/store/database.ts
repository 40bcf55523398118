/**
 * Opening the bot's SQLite database: WAL journal, full sync, a busy timeout so that shards
 * sharing the file wait for each other's writes instead of failing, and migrations.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';

export type SqliteDatabase = Database.Database;

/** How long a shard waits for another shard's write lock before giving up. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (creating when needed) the database at `path`, or an in-memory one for `:memory:`,
 * and runs the migrations it lacks.
 */
export function openDatabase(path: string): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // WAL lets readers in other shards go on while one writes. In WAL mode synchronous=NORMAL
  // keeps every committed transaction through a crash of the process (the WAL is written
  // before the commit returns) but not always through a power cut; writes the bot acknowledges
  // to a member (a scenario, a claim) switch to FULL, which syncs the WAL to the disk before
  // the commit returns (see ChannelStore.transaction).
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

/** Runs the migrations the database has not seen. Safe when several shards start at once. */
export function migrate(db: SqliteDatabase, migrations: readonly string[] = MIGRATIONS): number {
  // IMMEDIATE takes the write lock before reading the version, so two processes starting
  // together cannot both decide to run the same migration.
  const run = db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) {
      throw new Error(
        `The database is at schema version ${version}, newer than this bot (${migrations.length}); upgrade the bot`,
      );
    }
    for (let v = version; v < migrations.length; v++) {
      db.exec(migrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }
    return migrations.length;
  });
  return run.immediate();
}
