/**
 * Runs the `threat` command in-process against a temporary folder and captures what it
 * prints, so CLI tests need no child process.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, type Io } from '@threatlab/cli';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export function runThreat(cwd: string, ...argv: string[]): CliRun {
  let out = '';
  let err = '';
  const io: Io = { cwd, isTty: false, out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = runCli(argv, io);
  return { code, out, err };
}

/** A fresh temporary folder holding the given files. */
export function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'threatlab-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}
