/** Completion: keywords, levels and the names declared in the scenario. */
import { completion } from '@threatlab/dsl';
import type * as lsp from 'vscode-languageserver';
import type { ServerContext } from '../context.js';
import * as from from '../from-proto.js';
import { request } from '../handler.js';
import * as to from '../to-proto.js';
import type { Feature } from './feature.js';

export function registerCompletion(server: ServerContext): void {
  const { workspace } = server;
  server.connection.onCompletion(
    request(server.log, 'completion', null, (params: lsp.CompletionParams): lsp.CompletionList | null => {
      const open = workspace.openDocument(params.textDocument.uri);
      if (!open) return null;
      // The latest analysis is enough for the names it offers; no need to check this keystroke.
      const analysis = workspace.lastAnalysis(open.uri) ?? workspace.analysis(open.uri);
      const states = open.session.declaredStates;
      const names =
        analysis && states
          ? {
              states,
              get alliances() {
                return analysis.checked.symbols.alliances;
              },
            }
          : analysis?.checked.symbols;
      return to.completionList(completion(open.document, names, from.offset(open.document, params.position)));
    }),
  );
}

export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: [' ', ':', ','] } },
  register: registerCompletion,
};
