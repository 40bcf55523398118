/** Quick fixes: the fixes the diagnostics in the requested range carry. */
import { codeActions } from '@threatlab/dsl';
import * as lsp from 'vscode-languageserver';
import type { ServerContext } from '../context.js';
import * as from from '../from-proto.js';
import { request } from '../handler.js';
import * as to from '../to-proto.js';
import type { Feature } from './feature.js';

export function registerCodeActions(server: ServerContext): void {
  server.connection.onCodeAction(
    request(server.log, 'codeAction', [], (params: lsp.CodeActionParams): lsp.CodeAction[] => {
      const state = server.analysisOf(params.textDocument.uri);
      if (!state) return [];
      const { start, end } = from.range(state.document, params.range);
      return codeActions(state.analysis.diagnostics, state.document.uri, start, end).map((action) =>
        to.codeAction(action, action.diagnostics.map(to.diagnostic)),
      );
    }),
  );
}

export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [lsp.CodeActionKind.QuickFix] } },
  register: registerCodeActions,
};
