/** Semantic tokens for the whole document or a range of it. */
import { semanticTokens } from '@threatlab/dsl';
import type * as lsp from 'vscode-languageserver';
import type { ServerContext } from '../context.js';
import * as from from '../from-proto.js';
import { request } from '../handler.js';
import * as to from '../to-proto.js';
import type { Feature } from './feature.js';

export function registerSemanticTokens(server: ServerContext): void {
  const { connection, log } = server;

  connection.languages.semanticTokens.on(
    request(log, 'semanticTokens', { data: [] }, (params: lsp.SemanticTokensParams): lsp.SemanticTokens => {
      const document = server.openDocument(params.textDocument.uri);
      return document ? to.semanticTokens(semanticTokens(document)) : { data: [] };
    }),
  );

  connection.languages.semanticTokens.onRange(
    request(
      log,
      'semanticTokensRange',
      { data: [] },
      (params: lsp.SemanticTokensRangeParams): lsp.SemanticTokens => {
        const document = server.openDocument(params.textDocument.uri);
        if (!document) return { data: [] };
        const { start, end } = from.range(document, params.range);
        return to.semanticTokens(semanticTokens(document, start, end));
      },
    ),
  );
}

export const semanticTokensFeature: Feature = {
  capabilities: { semanticTokensProvider: { legend: to.SEMANTIC_TOKENS_LEGEND, full: true, range: true } },
  register: registerSemanticTokens,
};
