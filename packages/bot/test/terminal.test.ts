/**
 * The terminal mode: piped lines answered in turn, files loaded and written, `npm start` without a
 * token.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { TerminalSession } from '../src/terminal.js';
import { FIXTURE_EXAMPLES } from './support.js';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

function session(cwd: string) {
  let out = '';
  const input = new PassThrough();
  const config = { ...readConfig({ THREATLAB_EXAMPLES: FIXTURE_EXAMPLES }, cwd), databasePath: ':memory:' };
  const terminal = new TerminalSession(config, {
    input,
    isTty: false,
    color: false,
    write: (t) => (out += t),
    cwd,
  });
  return { terminal, input, output: () => out };
}

describe('terminal mode', () => {
  it('answers each piped line in turn and ends with the input', async () => {
    const { terminal, input, output } = session(process.cwd());
    const done = terminal.run();
    input.end('who balances against Germany?\n\n# a comment\n/threats Italy\nexit\nhelp\n');
    await done;
    const out = output();
    expect(out).toMatch(/^> who balances against Germany\?\nThis channel has no scenario loaded/);
    expect(out).toContain('Who balances against Germany?');
    expect(out).toContain('> /threats Italy\nWhat threatens Italy most?');
    // "exit" ends the session before "help".
    expect(out).not.toContain('threatlab: balance of threat, for study groups');
  });

  it('loads a file from disk and writes the graph answer to a file when asked', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'threatlab-terminal-'));
    folders.push(folder);
    writeFileSync(
      join(folder, 'duo.threat'),
      'state A { power 0.7 offense high intent hostile major }\nstate B { power 0.3 major }\nborder A B\n',
    );
    const { terminal, output } = session(folder);
    await terminal.answer('/scenario load duo.threat');
    expect(output()).toContain('Loaded duo.threat for this channel');
    await terminal.answer('who balances against A?');
    expect(output()).toContain('Who balances against A?');
    await terminal.answer('/graph picture.png');
    expect(output()).toContain(`(wrote duo-threat.png to ${join(folder, 'picture.png')})`);
    expect(readFileSync(join(folder, 'picture.png')).subarray(1, 4).toString()).toBe('PNG');
    await terminal.answer('/scenario load missing.threat');
    expect(output()).toContain('There is no readable file "missing.threat"');
  });

  it('`npm start` with piped input and no token prints an answer about the bundled Europe 1914 and exits 0', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const env = { ...process.env, DISCORD_TOKEN: '', NO_COLOR: '1' };
    const result = spawnSync(process.execPath, ['packages/bot/bin/threatlab-bot.js'], {
      cwd: root,
      input: 'who balances against Germany?\n',
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('bundled example Europe, July 1914 (europe-1914)');
    expect(result.stdout).toContain('Who balances against Germany?');
    expect(result.stdout).toMatch(/Britain \(threat 0\.\d\d\)/);
  });
});
