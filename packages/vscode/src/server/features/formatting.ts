/** Format Document and Format Selection, with dsl's formatter. */
import { formatDocument, formatDocumentRange } from '@threatlab/dsl';
import type * as lsp from 'vscode-languageserver';
import type { ServerContext } from '../context.js';
import * as from from '../from-proto.js';
import { request } from '../handler.js';
import * as to from '../to-proto.js';
import type { Feature } from './feature.js';

export function registerFormatting(server: ServerContext): void {
  const { connection, log } = server;

  connection.onDocumentFormatting(
    request(log, 'formatting', [], (params: lsp.DocumentFormattingParams): lsp.TextEdit[] => {
      const document = server.openDocument(params.textDocument.uri);
      return document ? formatDocument(document).map(to.textEdit) : [];
    }),
  );

  connection.onDocumentRangeFormatting(
    request(log, 'rangeFormatting', [], (params: lsp.DocumentRangeFormattingParams): lsp.TextEdit[] => {
      const document = server.openDocument(params.textDocument.uri);
      if (!document) return [];
      const { start, end } = from.range(document, params.range);
      return formatDocumentRange(document, start, end).map(to.textEdit);
    }),
  );
}

export const formattingFeature: Feature = {
  capabilities: { documentFormattingProvider: true, documentRangeFormattingProvider: true },
  register: registerFormatting,
};
