/**
 * `threat check` and `threat fmt` run in-process: exit codes, messages with file, line and column,
 * folders and imports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, runThreat } from './support/cli.js';

const VALID = 'state A { power 0.2 }\nstate B { power 0.1 }\nborder A B\n';
const BROKEN = 'state A { power 0.2 }\nborder A Prusia\nborder A B C\n';

describe('threat check', () => {
  it('exits 0 and prints a summary for a valid file', () => {
    const dir = folderWith({ 'ok.threat': VALID });
    const run = runThreat(dir, 'check', 'ok.threat');
    expect(run.code).toBe(0);
    expect(run.out).toContain('0 errors, 0 warnings');
  });

  it('exits 1 on errors and names file, line and column', () => {
    const dir = folderWith({ 'bad.threat': BROKEN });
    const run = runThreat(dir, 'check', 'bad.threat');
    expect(run.code).toBe(1);
    expect(run.out).toContain('bad.threat:2:10 error unknown-state: State "Prusia" is not declared');
    expect(run.out).toContain('bad.threat:3:12 error syntax-error:');
    expect(run.out).toContain('2 errors, 0 warnings');
  });

  it('walks folders and reports an imported file once', () => {
    const dir = folderWith({
      'a/base.threat': 'state A { power 0.2 }\nstate A { power 0.1 }\n',
      'a/main.threat': 'import "base.threat"\n',
    });
    const run = runThreat(dir, 'check', 'a');
    expect(run.code).toBe(1);
    expect(run.out.match(/duplicate-state/g)).toHaveLength(1);
  });

  it('prints JSON diagnostics with codes, ranges and fixes', () => {
    const dir = folderWith({ 'bad.threat': BROKEN });
    const run = runThreat(dir, 'check', '--format', 'json', 'bad.threat');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out);
    expect(report.files).toEqual(['bad.threat']);
    expect(report.errors).toBe(2);
    const unknown = report.diagnostics.find((d: { code: string }) => d.code === 'unknown-state');
    expect(unknown.range.start).toEqual({ line: 2, column: 10, offset: 31 });
    expect(unknown.fixes[0].title).toBe('Declare state "Prusia"');
  });

  it('exits 1 for a path that does not exist, and 2 for bad usage', () => {
    const dir = folderWith({});
    expect(runThreat(dir, 'check', 'nope.threat').code).toBe(1);
    expect(runThreat(dir, 'check').code).toBe(2);
    expect(runThreat(dir, 'check', '--format', 'xml', 'x').code).toBe(2);
    expect(runThreat(dir, 'frobnicate').code).toBe(2);
  });
});

describe('threat fmt', () => {
  it('--check exits 1 and lists files that would change, without writing', () => {
    const messy = 'state   A{power 0.2}\n';
    const dir = folderWith({ 'm.threat': messy, 'ok.threat': 'state A { power 0.2 }\n' });
    const run = runThreat(dir, 'fmt', '--check', '.');
    expect(run.code).toBe(1);
    expect(run.out).toContain('m.threat: would be reformatted');
    expect(run.out).not.toContain('ok.threat: would');
    expect(readFileSync(join(dir, 'm.threat'), 'utf8')).toBe(messy);
  });

  it('rewrites files, after which --check passes', () => {
    const dir = folderWith({ 'm.threat': 'state   A{power 0.2}\n' });
    expect(runThreat(dir, 'fmt', 'm.threat').code).toBe(0);
    expect(readFileSync(join(dir, 'm.threat'), 'utf8')).toBe('state A { power 0.2 }\n');
    expect(runThreat(dir, 'fmt', '--check', 'm.threat').code).toBe(0);
  });

  it('leaves a file with syntax errors alone and exits 1', () => {
    const dir = folderWith({ 'b.threat': BROKEN });
    const run = runThreat(dir, 'fmt', 'b.threat');
    expect(run.code).toBe(1);
    expect(run.err).toContain('has syntax errors');
    expect(readFileSync(join(dir, 'b.threat'), 'utf8')).toBe(BROKEN);
  });
});

describe('the threat binary', () => {
  it('runs as a process with the exit code of its command', async () => {
    const { spawnSync } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const bin = fileURLToPath(new URL('../packages/cli/bin/threat.js', import.meta.url));
    const dir = folderWith({ 'bad.threat': BROKEN });
    const result = spawnSync(process.execPath, [bin, 'check', 'bad.threat'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('unknown-state');
  });
});
