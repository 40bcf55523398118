/**
 * The DocumentProvider for everything the bot evaluates. It serves the bundled examples and
 * the channel's own documents, all from memory under one virtual folder, so an uploaded file
 * can `import "europe-1914.threat"` and nothing else: a path that leaves the folder, or names
 * a file that is not an example, is simply not found. The bot's file system is never read.
 */
import {
  TextDocumentProvider,
  type DocumentProvider,
  type Limits,
  type SourceDocument,
} from '@threatlab/dsl';
import type { ExampleLibrary } from './example-library.js';

/** The virtual folder every document lives in. */
export const SANDBOX_FOLDER = '/scenarios/';

export function sandboxUri(fileName: string): string {
  return SANDBOX_FOLDER + fileName;
}

export class SandboxProvider implements DocumentProvider {
  private readonly texts = new Map<string, string>();
  private readonly inner: TextDocumentProvider;

  constructor(
    examples: ExampleLibrary,
    extra: ReadonlyMap<string, string>,
    limits: Pick<Limits, 'maxFileSize'>,
  ) {
    for (const example of examples.list()) this.texts.set(sandboxUri(example.fileName), example.text);
    // The channel's documents shadow an example of the same name.
    for (const [uri, text] of extra) this.texts.set(uri, text);
    this.inner = new TextDocumentProvider((uri) => this.texts.get(uri), limits);
  }

  document(uri: string): SourceDocument | undefined {
    return this.inner.document(uri);
  }
}
