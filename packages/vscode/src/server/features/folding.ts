/** Folding ranges: blocks, variants, comments over several lines and runs of perceptions. */
import { foldingRanges } from '@threatlab/dsl';
import type * as lsp from 'vscode-languageserver';
import type { ServerContext } from '../context.js';
import { request } from '../handler.js';
import * as to from '../to-proto.js';
import type { Feature } from './feature.js';

export function registerFolding(server: ServerContext): void {
  server.connection.onFoldingRanges(
    request(server.log, 'foldingRange', [], (params: lsp.FoldingRangeParams): lsp.FoldingRange[] => {
      const document = server.openDocument(params.textDocument.uri);
      return document ? foldingRanges(document).map(to.foldingRange) : [];
    }),
  );
}

export const foldingFeature: Feature = {
  capabilities: { foldingRangeProvider: true },
  register: registerFolding,
};
