/** Code lenses: above each state, its predicted strategy under balance of threat, in words. */
import { codeLenses } from '@threatlab/dsl';
import type * as lsp from 'vscode-languageserver';
import type { ServerContext } from '../context.js';
import { request } from '../handler.js';
import * as to from '../to-proto.js';
import type { Feature } from './feature.js';

export function registerCodeLens(server: ServerContext): void {
  server.connection.onCodeLens(
    request(server.log, 'codeLens', [], (params: lsp.CodeLensParams): lsp.CodeLens[] => {
      const state = server.analysisOf(params.textDocument.uri);
      const evaluation = state ? server.evaluated(state.document.uri) : undefined;
      if (!state || !evaluation) return [];
      return codeLenses(state.checked, evaluation, state.document.uri).map((lens) =>
        to.codeLens(lens, state.document.uri),
      );
    }),
  );
}

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register: registerCodeLens,
};
