/**
 * Reading a file a test may expect to be absent.
 */
import { readFileSync, statSync } from 'node:fs';

/** A file's text, or undefined when there is no such file. */
export function readOrUndefined(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
