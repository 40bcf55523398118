/**
 * The server's life: `initialize` (what the client supports, the editor's settings, and the
 * capabilities every feature announces), `initialized` (workspace files listed, settings
 * fetched), configuration changes, and `shutdown`.
 */
import type * as lsp from 'vscode-languageserver';
import type { ServerContext } from '../context.js';
import { findThreatFiles } from '../file-system.js';
import { notification, request } from '../handler.js';
import { readClientSettings } from '../settings.js';

export function registerLifecycle(server: ServerContext, capabilities: lsp.ServerCapabilities): void {
  const { connection, workspace, pipeline, log } = server;

  connection.onInitialize(
    request(log, 'initialize', { capabilities: {} }, (params: lsp.InitializeParams): lsp.InitializeResult => {
      server.client.configuration = params.capabilities.workspace?.configuration === true;
      server.client.refresh.codeLens = params.capabilities.workspace?.codeLens?.refreshSupport === true;
      server.client.refresh.inlayHint = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
      server.applySettings(readClientSettings(params.initializationOptions, server.settings));
      server.workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
      if (server.workspaceFolders.length === 0 && params.rootUri) server.workspaceFolders = [params.rootUri];
      return { capabilities, serverInfo: { name: 'threat-language-server', version: '0.1.0' } };
    }),
  );

  const settingsChanged = (section: unknown) => {
    server.applySettings(readClientSettings(section, server.settings));
    for (const open of workspace.openDocuments()) pipeline.recheck(open.uri);
  };
  const refreshSettings = async () => {
    try {
      const [section] = (await connection.workspace.getConfiguration([{ section: 'threat' }])) as unknown[];
      settingsChanged(section);
    } catch (error) {
      log.error(`threat: reading settings failed: ${String(error)}`);
    }
  };

  connection.onInitialized(
    notification(log, 'initialized', () => {
      if (server.client.configuration) void refreshSettings();
      // Workspace files are listed once, for workspace symbols; their text is read on demand.
      workspace.workspaceFiles = server.workspaceFolders.flatMap((folder) => findThreatFiles(folder));
    }),
  );

  connection.onDidChangeConfiguration(
    notification(log, 'didChangeConfiguration', (params: lsp.DidChangeConfigurationParams) => {
      if (server.client.configuration) void refreshSettings();
      else settingsChanged((params.settings as { threat?: unknown } | undefined)?.threat);
    }),
  );

  connection.onShutdown(() => pipeline.dispose());
}
