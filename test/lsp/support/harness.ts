/**
 * Drives the real language server over the real protocol: the server runs in this process on
 * a pair of in-memory streams (`createConnection(reader, writer)`), and the test talks to it
 * with vscode-languageserver-protocol's client connection. Files that are not opened are read
 * from the map given, as if from disk.
 */
import { PassThrough } from 'node:stream';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../../packages/vscode/src/server/index.js';

export const CURSOR = '<|>';

export interface Harness {
  readonly client: ProtocolConnection;
  readonly initialize: InitializeResult;
  /** Every diagnostics notification received, in order. */
  readonly published: PublishDiagnosticsParams[];
  /** Server log lines (window/logMessage). */
  readonly logs: string[];
  open(uri: string, text: string, version?: number): Promise<Diagnostic[]>;
  /** Replaces the whole text. */
  change(uri: string, text: string, version: number): void;
  /** Sends range edits, as an editor does on each keystroke. */
  edit(
    uri: string,
    version: number,
    changes: { range: { start: Position; end: Position }; text: string }[],
  ): void;
  /** The next diagnostics for `uri` with at least this version. */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  /** Shuts the server down (so no stage is left to run), then closes the streams. */
  dispose(): Promise<void>;
}

export interface HarnessOptions {
  readonly files?: Readonly<Record<string, string>>;
  readonly initializationOptions?: unknown;
  readonly workspaceFolders?: { uri: string; name: string }[];
  /** Reads files that are not open; the `files` map by default. */
  readonly readFile?: (uri: string) => string | undefined;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const files = options.files ?? {};
  const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(connection, { readFile: options.readFile ?? ((uri) => files[uri]) });

  const client = createProtocolConnection(
    new StreamMessageReader(toClient),
    new StreamMessageWriter(toServer),
  );
  const published: PublishDiagnosticsParams[] = [];
  const logs: string[] = [];
  const waiters: { uri: string; version: number; resolve: (d: Diagnostic[]) => void }[] = [];
  client.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const waiter = waiters[i]!;
      if (waiter.uri === params.uri && (params.version ?? 0) >= waiter.version) {
        waiters.splice(i, 1);
        waiter.resolve(params.diagnostics);
      }
    }
  });
  client.onNotification('window/logMessage', (params: { message: string }) => {
    logs.push(params.message);
  });
  client.onRequest('workspace/configuration', () => [null]);
  client.listen();
  const initialize = await client.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: null,
    capabilities: { workspace: { configuration: false } },
    workspaceFolders: options.workspaceFolders ?? null,
    initializationOptions: options.initializationOptions,
  });
  await client.sendNotification(InitializedNotification.type, {});

  const diagnostics = (uri: string, version = 0) =>
    new Promise<Diagnostic[]>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} version ${version}`)),
        10_000,
      );
      waiters.push({
        uri,
        version,
        resolve: (d) => {
          clearTimeout(timer);
          resolve(d);
        },
      });
    });

  return {
    client,
    initialize,
    published,
    logs,
    open(uri, text, version = 1) {
      const result = diagnostics(uri, version);
      void client.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'threat', version, text },
      });
      return result;
    },
    change(uri, text, version) {
      void client.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
    },
    edit(uri, version, changes) {
      void client.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: changes,
      });
    },
    diagnostics,
    async dispose() {
      await client.sendRequest(ShutdownRequest.type).catch(() => {});
      client.dispose();
      connection.dispose();
      toServer.destroy();
      toClient.destroy();
    },
  };
}

/** Text with cursor markers `<|>` removed, and the LSP position of each marker. */
export function markers(marked: string): { text: string; positions: Position[]; offsets: number[] } {
  const offsets: number[] = [];
  let text = '';
  let rest = marked;
  for (;;) {
    const at = rest.indexOf(CURSOR);
    if (at < 0) break;
    text += rest.slice(0, at);
    offsets.push(text.length);
    rest = rest.slice(at + CURSOR.length);
  }
  text += rest;
  return { text, offsets, positions: offsets.map((o) => positionAt(text, o)) };
}

/** The LSP position (0-based line and UTF-16 character) of an offset; for tests only. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The text a range covers; for tests only. */
export function textOf(text: string, range: { start: Position; end: Position }): string {
  const lines = text.split('\n');
  const offset = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

/** Applies LSP text edits to a text (edits must not overlap); for tests only. */
export function applyEdits(
  text: string,
  edits: readonly { range: { start: Position; end: Position }; newText: string }[],
): string {
  const lines = text.split('\n');
  const offset = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted)
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}
