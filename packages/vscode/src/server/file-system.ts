/**
 * Reading `.threat` files that are not open in the editor: imports, and the workspace's files
 * for workspace symbols. Only `file:` URIs are read; anything else is "not found".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The text of a file URI, or undefined when it does not exist or cannot be read. */
export function readUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const path = fileURLToPath(uri);
    return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One spelling per file: `file:///a/my%20file.threat` and `file:///a/my file.threat` (an
 * import path joined as text) are the same document.
 */
export function normalizeUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

const SKIPPED = new Set(['node_modules', '.git', 'dist', 'out']);

/** `.threat` files below a folder URI, at most `limit` of them, skipping build and VCS folders. */
export function findThreatFiles(folderUri: string, limit = 2000): string[] {
  if (!folderUri.startsWith('file:')) return [];
  const found: string[] = [];
  const walk = (path: string, depth: number) => {
    if (found.length >= limit || depth > 12) return;
    let names: string[];
    try {
      names = readdirSync(path);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      if (found.length >= limit) return;
      if (SKIPPED.has(name) || name.startsWith('.')) continue;
      const child = join(path, name);
      let isDirectory: boolean;
      try {
        isDirectory = statSync(child).isDirectory();
      } catch {
        continue;
      }
      if (isDirectory) walk(child, depth + 1);
      else if (name.endsWith('.threat')) found.push(pathToFileURL(child).href);
    }
  };
  try {
    walk(fileURLToPath(folderUri), 0);
  } catch {
    return found;
  }
  return found;
}
