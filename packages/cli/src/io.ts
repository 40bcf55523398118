/**
 * What a command may touch: output streams, the working folder and files. Commands take an
 * `Io` so tests run them in-process against a temporary folder and read what they printed.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

export interface Io {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (colours, progress). */
  readonly isTty: boolean;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
  };
}

/** Reads a file as UTF-8 text, or undefined when it does not exist or is a folder. */
export function readTextFile(path: string): string | undefined {
  try {
    if (!statSync(path).isFile()) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function writeTextFile(path: string, text: string): void {
  writeFileSync(path, text, 'utf8');
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function listDirectory(path: string): string[] {
  return readdirSync(path);
}
