/**
 * The bundled example scenarios, read once at start-up. After that the bot never touches the
 * file system for scenarios: uploaded files and their imports are served from memory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Example {
  /** The file name without `.threat`: `europe-1914`. */
  readonly name: string;
  readonly fileName: string;
  readonly text: string;
}

/** The example a channel with no scenario starts on. */
export const DEFAULT_EXAMPLE = 'europe-1914';

export class ExampleLibrary {
  private readonly byName: ReadonlyMap<string, Example>;

  constructor(examples: readonly Example[]) {
    this.byName = new Map([...examples].sort((a, b) => a.name.localeCompare(b.name)).map((e) => [e.name, e]));
  }

  /** Reads every `.threat` file of a folder (not its subfolders). */
  static fromFolder(folder: string): ExampleLibrary {
    let files: string[] = [];
    try {
      files = readdirSync(folder).filter((f) => f.endsWith('.threat'));
    } catch {
      // No examples folder: the library is empty and every answer says so.
    }
    return new ExampleLibrary(
      files.map((fileName) => ({
        name: fileName.slice(0, -'.threat'.length),
        fileName,
        text: readFileSync(join(folder, fileName), 'utf8'),
      })),
    );
  }

  get(name: string): Example | undefined {
    const key = name.trim().replace(/\.threat$/i, '');
    return (
      this.byName.get(key) ??
      [...this.byName.values()].find((e) => e.name.toLowerCase() === key.toLowerCase())
    );
  }

  list(): Example[] {
    return [...this.byName.values()];
  }

  /** Europe 1914 when it is bundled, else the first example by name. */
  defaultExample(): Example | undefined {
    return this.byName.get(DEFAULT_EXAMPLE) ?? this.byName.values().next().value;
  }

  /** For passing to worker threads. */
  toJSON(): Example[] {
    return this.list();
  }
}
