/** Inlay hints: after each perception, the threat its target poses to its observer. */
import { inlayHints } from '@threatlab/dsl';
import type * as lsp from 'vscode-languageserver';
import type { ServerContext } from '../context.js';
import * as from from '../from-proto.js';
import { request } from '../handler.js';
import * as to from '../to-proto.js';
import type { Feature } from './feature.js';

export function registerInlayHints(server: ServerContext): void {
  server.connection.languages.inlayHint.on(
    request(server.log, 'inlayHint', [], (params: lsp.InlayHintParams): lsp.InlayHint[] => {
      const state = server.analysisOf(params.textDocument.uri);
      const evaluation = state ? server.evaluated(state.document.uri) : undefined;
      if (!state || !evaluation) return [];
      const { start, end } = from.range(state.document, params.range);
      return inlayHints(state.checked, evaluation, state.document.uri, start, end).map(to.inlayHint);
    }),
  );
}

export const inlayHintsFeature: Feature = {
  capabilities: { inlayHintProvider: true },
  register: registerInlayHints,
};
