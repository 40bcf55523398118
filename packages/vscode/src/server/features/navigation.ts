/** Navigation: go to definition, find references and highlight the occurrences of a name. */
import { definition, highlights, references } from '@threatlab/dsl';
import type * as lsp from 'vscode-languageserver';
import type { ServerContext } from '../context.js';
import * as from from '../from-proto.js';
import { request } from '../handler.js';
import * as to from '../to-proto.js';
import type { Feature } from './feature.js';

export function registerNavigation(server: ServerContext): void {
  const { connection, log } = server;

  connection.onDefinition(
    request(log, 'definition', [], (params: lsp.DefinitionParams): lsp.Location[] => {
      const state = server.analysisOf(params.textDocument.uri);
      if (!state) return [];
      return definition(state.checked, state.document.uri, from.offset(state.document, params.position)).map(
        to.location,
      );
    }),
  );

  connection.onReferences(
    request(log, 'references', [], (params: lsp.ReferenceParams): lsp.Location[] => {
      const state = server.analysisOf(params.textDocument.uri);
      if (!state) return [];
      const programs = server.workspace.programsContaining(state.document.uri);
      return references(programs, state.document.uri, from.offset(state.document, params.position), {
        includeDeclaration: params.context.includeDeclaration,
      }).map(to.location);
    }),
  );

  connection.onDocumentHighlight(
    request(log, 'documentHighlight', [], (params: lsp.DocumentHighlightParams): lsp.DocumentHighlight[] => {
      const state = server.analysisOf(params.textDocument.uri);
      if (!state) return [];
      return highlights(state.checked, state.document.uri, from.offset(state.document, params.position)).map(
        to.highlight,
      );
    }),
  );
}

export const navigationFeature: Feature = {
  capabilities: { definitionProvider: true, referencesProvider: true, documentHighlightProvider: true },
  register: registerNavigation,
};
