/**
 * The database schema as an ordered list of migrations. A migration is never edited once it
 * has shipped: a database made by an older bot is brought forward by running the ones it has
 * not seen, in order. `PRAGMA user_version` records how many have run.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: each channel's scenario, its claims and its recent questions.
  `
  CREATE TABLE channel_scenarios (
    channel_id TEXT PRIMARY KEY,
    guild_id   TEXT,
    -- 'example': a bundled example, named by "name", its text read from the bundle at run time;
    -- 'upload': a file a member uploaded, kept whole in "source".
    origin     TEXT NOT NULL CHECK (origin IN ('example', 'upload')),
    name       TEXT NOT NULL,
    source     TEXT,
    loaded_by  TEXT,
    loaded_at  INTEGER NOT NULL
  );
  CREATE TABLE claims (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    channel_id  TEXT NOT NULL,
    author_id   TEXT NOT NULL,
    author_name TEXT NOT NULL,
    text        TEXT NOT NULL,
    -- Whether it held against the scenario of the moment it was made (1, 0), for the record.
    held        INTEGER,
    created_at  INTEGER NOT NULL
  );
  CREATE INDEX claims_by_channel ON claims (channel_id, id);
  CREATE TABLE questions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    channel_id TEXT NOT NULL,
    author_id  TEXT NOT NULL,
    text       TEXT NOT NULL,
    asked_at   INTEGER NOT NULL
  );
  CREATE INDEX questions_by_channel ON questions (channel_id, id);
  `,
];
