/**
 * Document synchronisation: the editor opens, edits and closes documents, and files change on
 * disk. Each event updates the workspace and schedules the affected documents' analysis.
 */
import * as lsp from 'vscode-languageserver';
import type { ServerContext } from '../context.js';
import * as from from '../from-proto.js';
import { notification } from '../handler.js';
import type { Feature } from './feature.js';

export function registerDocuments(server: ServerContext): void {
  const { connection, workspace, pipeline, log } = server;

  connection.onDidOpenTextDocument(
    notification(log, 'didOpen', (params: lsp.DidOpenTextDocumentParams) => {
      const { uri, version, text } = params.textDocument;
      workspace.openText(uri, version, text);
      pipeline.changed(uri);
    }),
  );

  connection.onDidChangeTextDocument(
    notification(log, 'didChange', (params: lsp.DidChangeTextDocumentParams) => {
      const { uri, version } = params.textDocument;
      if (!workspace.openDocument(uri)) return;
      // Each change applies to the text the previous one produced; only the statements it
      // touched are parsed and checked again.
      workspace.editText(uri, version, params.contentChanges, from.contentChange);
      pipeline.changed(uri);
    }),
  );

  connection.onDidCloseTextDocument(
    notification(log, 'didClose', (params: lsp.DidCloseTextDocumentParams) => {
      const uri = params.textDocument.uri;
      const dependents = workspace.dependents(uri);
      pipeline.cancel(uri);
      workspace.close(uri);
      connection.sendDiagnostics({ uri, diagnostics: [] });
      // Importers now read the file from disk, which may differ from the editor's text.
      for (const dependent of dependents) pipeline.recheck(dependent);
    }),
  );

  connection.onDidChangeWatchedFiles(
    notification(log, 'didChangeWatchedFiles', (params: lsp.DidChangeWatchedFilesParams) => {
      for (const change of params.changes) {
        workspace.fileChanged(change.uri);
        for (const dependent of workspace.dependents(change.uri)) pipeline.recheck(dependent);
      }
    }),
  );
}

export const documentsFeature: Feature = {
  capabilities: { textDocumentSync: { openClose: true, change: lsp.TextDocumentSyncKind.Incremental } },
  register: registerDocuments,
};
