/**
 * A source document: its text, its syntax tree and what parsing found wrong with it.
 *
 * Documents are immutable; an editor replaces a document with a new one on every change and
 * hands the language package whichever it holds (see `DocumentProvider`).
 */
import { LineIndex } from './line-index.js';
import { DEFAULT_LIMITS, formatSize, type Limits } from './limits.js';
import { parseText } from './parse.js';
import type { Problem } from './problem.js';
import type { FileNode } from './syntax-tree.js';

/** An immutable parsed document: its text, syntax tree, line index and syntax problems. */
export interface SourceDocument {
  readonly uri: string;
  readonly text: string;
  readonly file: FileNode;
  readonly lines: LineIndex;
  /** Syntax errors, and the size limit when the file is over it (it is then not parsed). */
  readonly parseProblems: readonly Problem[];
}

/** Parses a document, or declines to when it is over the size limit. */
export function createDocument(
  uri: string,
  text: string,
  limits: Pick<Limits, 'maxFileSize'> = DEFAULT_LIMITS,
): SourceDocument {
  if (text.length > limits.maxFileSize) {
    return withLazyLines({
      uri,
      text,
      file: { type: 'File', items: [] },
      parseProblems: [
        {
          code: 'file-too-large',
          message: `This file is ${formatSize(text.length)}, over the ${formatSize(limits.maxFileSize)} limit for one scenario file, so it was not read; split it into files that import each other`,
          uri,
          start: 0,
          end: 0,
        },
      ],
    });
  }
  const { file, problems } = parseText(uri, text);
  return withLazyLines({ uri, text, file, parseProblems: problems });
}

/** The line index is built on first use: a file without problems may never need one. */
function withLazyLines(document: Omit<SourceDocument, 'lines'>): SourceDocument {
  return documentWithLines(document, () => new LineIndex(document.text));
}

/** A document whose line index `build` makes on first use (incremental-parse.ts edits the old one). */
export function documentWithLines(
  document: Omit<SourceDocument, 'lines'>,
  build: () => LineIndex,
): SourceDocument {
  let lines: LineIndex | undefined;
  return {
    ...document,
    get lines() {
      lines ??= build();
      return lines;
    },
  };
}

/** Where documents come from: files for the CLI, open editors for the server, examples for the bot. */
export interface DocumentProvider {
  /** The document at `uri`, or undefined when there is none. */
  document(uri: string): SourceDocument | undefined;
}

/**
 * A provider over a function that reads text, which parses each text once: asking again for a
 * document whose text has not changed returns the same parsed document.
 */
export class TextDocumentProvider implements DocumentProvider {
  private readonly cache = new Map<string, SourceDocument>();

  constructor(
    private readonly read: (uri: string) => string | undefined,
    private readonly limits: Pick<Limits, 'maxFileSize'> = DEFAULT_LIMITS,
  ) {}

  document(uri: string): SourceDocument | undefined {
    const text = this.read(uri);
    if (text === undefined) {
      this.cache.delete(uri);
      return undefined;
    }
    const cached = this.cache.get(uri);
    if (cached && cached.text === text) return cached;
    const document = createDocument(uri, text, this.limits);
    this.cache.set(uri, document);
    return document;
  }
}
