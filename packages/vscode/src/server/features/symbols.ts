/** The outline of a document and the workspace's symbols (open documents and files on disk). */
import { documentSymbols, workspaceSymbols, type SourceDocument } from '@threatlab/dsl';
import type * as lsp from 'vscode-languageserver';
import type { ServerContext } from '../context.js';
import { request } from '../handler.js';
import * as to from '../to-proto.js';
import type { Feature } from './feature.js';

export function registerSymbols(server: ServerContext): void {
  const { connection, workspace, log } = server;

  connection.onDocumentSymbol(
    request(log, 'documentSymbol', [], (params: lsp.DocumentSymbolParams): lsp.DocumentSymbol[] => {
      const document = server.openDocument(params.textDocument.uri);
      return document ? documentSymbols(document).map(to.documentSymbol) : [];
    }),
  );

  connection.onWorkspaceSymbol(
    request(log, 'workspaceSymbol', [], (params: lsp.WorkspaceSymbolParams): lsp.SymbolInformation[] => {
      const documents = new Map<string, SourceDocument>();
      for (const open of workspace.openDocuments()) documents.set(open.uri, open.document);
      for (const uri of workspace.workspaceFiles) {
        if (workspace.openDocument(uri)) continue;
        const document = workspace.document(uri);
        if (document) documents.set(uri, document);
      }
      return workspaceSymbols(documents.values(), params.query).map(to.workspaceSymbol);
    }),
  );
}

export const symbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: true, workspaceSymbolProvider: true },
  register: registerSymbols,
};
