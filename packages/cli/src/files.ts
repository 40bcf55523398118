/**
 * Command-line paths to `.threat` files: a folder stands for every `.threat` file below it
 * (skipping `node_modules` and hidden folders), in a sorted order so output is stable.
 */
import { join, relative, resolve } from 'node:path';
import { isDirectory, listDirectory, readTextFile } from './io.js';

export interface ExpandedPaths {
  readonly files: string[];
  /** Paths given that are neither a file nor a folder. */
  readonly missing: string[];
}

export function expandPaths(cwd: string, paths: readonly string[]): ExpandedPaths {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (isDirectory(absolute)) files.push(...threatFilesIn(absolute));
    else if (readTextFile(absolute) !== undefined) files.push(absolute);
    else missing.push(path);
  }
  return { files: [...new Set(files)], missing };
}

function threatFilesIn(folder: string): string[] {
  const found: string[] = [];
  for (const name of listDirectory(folder).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(folder, name);
    if (isDirectory(path)) found.push(...threatFilesIn(path));
    else if (name.endsWith('.threat')) found.push(path);
  }
  return found;
}

/** A path as the user would like to read it: relative to the working folder when inside it. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
