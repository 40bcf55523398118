/**
 * Size limits. Each keeps one kind of input from making an editor hang or a bot run out of
 * memory; each has a message that names the limit and says why it exists. Adapters may lower
 * them (the bot does) but the defaults suit a person writing scenarios by hand or importing a
 * whole year of real data.
 */
import { fixed } from '@threatlab/core';

/**
 * How much one program may hold before checking stops, so a huge or hostile input gets a clear
 * problem instead of an exhausted process.
 */
export interface Limits {
  /** Bytes in one file (UTF-16 code units, which is what a JavaScript string measures). */
  readonly maxFileSize: number;
  /** Statements in a whole scenario, imports included. */
  readonly maxStatements: number;
  /** How deep imports may nest. */
  readonly maxImportDepth: number;
}

/** The limits the CLI, the editor and the bot use unless told otherwise. */
export const DEFAULT_LIMITS: Limits = {
  maxFileSize: 8 * 1024 * 1024,
  maxStatements: 250_000,
  maxImportDepth: 16,
};

/** A size in characters as a person reads it ("12.5 KB"), for limit messages. */
export function formatSize(characters: number): string {
  if (characters >= 1024 * 1024) return `${fixed(characters / (1024 * 1024), 1)} MB`;
  if (characters >= 1024) return `${fixed(characters / 1024, 1)} KB`;
  return `${characters} bytes`;
}
