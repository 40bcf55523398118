/** Rename a state everywhere it is named, in the document and the open files that import it. */
import { prepareRename, renameState } from '@threatlab/dsl';
import * as lsp from 'vscode-languageserver';
import type { ServerContext } from '../context.js';
import * as from from '../from-proto.js';
import { request } from '../handler.js';
import * as to from '../to-proto.js';
import type { Feature } from './feature.js';

export function registerRename(server: ServerContext): void {
  const { connection, log } = server;

  connection.onPrepareRename(
    request(log, 'prepareRename', null, (params: lsp.PrepareRenameParams) => {
      const state = server.analysisOf(params.textDocument.uri);
      if (!state) return null;
      const result = prepareRename(
        state.checked,
        state.document.uri,
        from.offset(state.document, params.position),
      );
      if ('error' in result) throw new lsp.ResponseError(lsp.ErrorCodes.InvalidRequest, result.error);
      return { range: to.range(result.range), placeholder: result.placeholder };
    }),
  );

  connection.onRenameRequest(
    request(log, 'rename', null, (params: lsp.RenameParams): lsp.WorkspaceEdit | null => {
      const state = server.analysisOf(params.textDocument.uri);
      if (!state) return null;
      const programs = server.workspace.programsContaining(state.document.uri);
      const result = renameState(
        programs,
        state.document.uri,
        from.offset(state.document, params.position),
        params.newName,
      );
      if ('error' in result) throw new lsp.ResponseError(lsp.ErrorCodes.InvalidRequest, result.error);
      return to.workspaceEdit(result.edits);
    }),
  );
}

export const renameFeature: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register: registerRename,
};
