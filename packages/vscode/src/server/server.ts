/**
 * The language server: protocol in, dsl services, protocol out. It holds no language logic:
 * every answer comes from packages/dsl, converted by to-proto/from-proto. It never imports
 * `vscode`, so any editor can run it (see main.ts for the command line).
 *
 * The server is its features (features/index.ts), each registering its own handlers on a
 * shared `ServerContext`; the analysis pipeline publishes diagnostics.
 */
import type * as lsp from 'vscode-languageserver';
import { ServerContext } from './context.js';
import { FEATURES, registerLifecycle } from './features/index.js';

export interface ServerOptions {
  /** Reads a file URI that is not open; the file system by default (tests pass their own). */
  readonly readFile?: (uri: string) => string | undefined;
}

export function startServer(connection: lsp.Connection, options: ServerOptions = {}): void {
  const server = new ServerContext(connection, options.readFile);
  const capabilities: lsp.ServerCapabilities = {};
  for (const feature of FEATURES) {
    Object.assign(capabilities, feature.capabilities);
    feature.register(server);
  }
  registerLifecycle(server, capabilities);
  connection.listen();
}
