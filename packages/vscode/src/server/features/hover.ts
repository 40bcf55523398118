/** Hover: what the name, value or claim under the cursor means, with the model's numbers. */
import { hover } from '@threatlab/dsl';
import type * as lsp from 'vscode-languageserver';
import type { ServerContext } from '../context.js';
import * as from from '../from-proto.js';
import { request } from '../handler.js';
import * as to from '../to-proto.js';
import type { Feature } from './feature.js';

export function registerHover(server: ServerContext): void {
  server.connection.onHover(
    request(server.log, 'hover', null, (params: lsp.HoverParams): lsp.Hover | null => {
      const state = server.analysisOf(params.textDocument.uri);
      if (!state) return null;
      const result = hover(
        state.checked,
        state.document.uri,
        from.offset(state.document, params.position),
        server.evaluated(state.document.uri),
      );
      return result ? to.hover(result) : null;
    }),
  );
}

export const hoverFeature: Feature = { capabilities: { hoverProvider: true }, register: registerHover };
