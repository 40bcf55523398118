/**
 * A feature of the language server: what it announces at `initialize` and the handlers it
 * registers. The server is the list of its features (features/index.ts); adding one is a new
 * module and a line in that list.
 */
import type * as lsp from 'vscode-languageserver';
import type { ServerContext } from '../context.js';

export interface Feature {
  /** The capabilities this feature adds to the `initialize` answer. */
  readonly capabilities: lsp.ServerCapabilities;
  /** Registers the feature's handlers on the server's connection. */
  readonly register: (server: ServerContext) => void;
}
