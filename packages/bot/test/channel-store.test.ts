/**
 * The bot's SQLite store: migrations, scenarios and claims per channel, the question log.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChannelStore } from '../src/store/channel-store.js';
import { migrate, openDatabase } from '../src/store/database.js';
import { MIGRATIONS } from '../src/store/migrations.js';

const folders: string[] = [];
function tempDb(): string {
  const folder = mkdtempSync(join(tmpdir(), 'threatlab-store-'));
  folders.push(folder);
  return join(folder, 'nested', 'bot.sqlite');
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the bot database', () => {
  it('is created with WAL and every migration, and reopening keeps what was written', () => {
    const path = tempDb();
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const store = new ChannelStore(db);
    store.setScenario({
      channelId: 'c1',
      origin: 'upload',
      name: 'balkans.threat',
      source: 'state A { power 1 }',
      loadedBy: 'u1',
      loadedAt: 5,
    });
    store.addClaim({
      channelId: 'c1',
      authorId: 'u1',
      authorName: 'Ada',
      text: 'A stays neutral',
      held: true,
      createdAt: 6,
    });
    db.close();

    const again = new ChannelStore(openDatabase(path));
    expect(again.scenario('c1')).toEqual({
      channelId: 'c1',
      origin: 'upload',
      name: 'balkans.threat',
      source: 'state A { power 1 }',
      loadedBy: 'u1',
      loadedAt: 5,
    });
    expect(again.claims('c1')).toEqual([
      {
        id: 1,
        channelId: 'c1',
        authorId: 'u1',
        authorName: 'Ada',
        text: 'A stays neutral',
        held: true,
        createdAt: 6,
      },
    ]);
  });

  it('runs only the migrations a database lacks, and refuses a newer schema', () => {
    const db = openDatabase(':memory:');
    expect(migrate(db, [...MIGRATIONS, 'CREATE TABLE extra (x)'])).toBe(MIGRATIONS.length + 1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeDefined();
    expect(() => migrate(db, MIGRATIONS)).toThrow(/newer than this bot/);
  });

  it('resets a scenario but keeps the claims', () => {
    const store = new ChannelStore(openDatabase(':memory:'));
    store.setScenario({ channelId: 'c', origin: 'example', name: 'europe-1914', loadedAt: 1 });
    store.addClaim({ channelId: 'c', authorId: 'u', authorName: 'U', text: 'x', createdAt: 2 });
    store.resetScenario('c');
    expect(store.scenario('c')).toBeUndefined();
    expect(store.claimCount('c')).toBe(1);
  });

  it('keeps the most recent questions only', () => {
    const store = new ChannelStore(openDatabase(':memory:'), { questionsKept: 3 });
    for (let i = 0; i < 10; i++)
      store.recordQuestion({ channelId: 'c', authorId: 'u', text: `q${i}`, askedAt: i });
    store.recordQuestion({ channelId: 'other', authorId: 'u', text: 'elsewhere', askedAt: 11 });
    expect(store.recentQuestions('c').map((q) => q.text)).toEqual(['q9', 'q8', 'q7']);
    expect(store.recentQuestions('other').map((q) => q.text)).toEqual(['elsewhere']);
  });
});
