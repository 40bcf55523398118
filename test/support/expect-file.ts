/**
 * Expected printouts kept beside their inputs. `expectFile(path, actual)` compares with the
 * file's text; run the tests with UPDATE_EXPECT=1 to write the actual output instead (then
 * read the diff before committing it). A missing expectation fails unless updating.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const UPDATING = process.env['UPDATE_EXPECT'] === '1';

export function expectFile(path: string, actual: string): void {
  if (UPDATING) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`No expectation at ${path}; run with UPDATE_EXPECT=1 to create it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Every `.threat` file below a folder, as paths relative to it, sorted. */
export function threatFilesBelow(folder: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const name of readdirSync(join(folder, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(folder, rel)).isDirectory()) found.push(...threatFilesBelow(folder, rel));
    else if (name.endsWith('.threat')) found.push(rel);
  }
  return found;
}
