/**
 * The VS Code extension: starts the language server and adds the UI that LSP has no words
 * for (a status bar summary, the predictions graph, an explanation beside the editor). It
 * holds no language logic: everything it shows comes from the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerCommands } from './commands.js';
import { StatusBar } from './status-bar.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('out', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'threat' },
      { scheme: 'untitled', language: 'threat' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.threat') },
  };
  // The id `threat` makes the client read the `threat.trace.server` setting.
  client = new LanguageClient('threat', 'Threat language server', serverOptions, clientOptions);
  const statusBar = new StatusBar(() => client);
  context.subscriptions.push(statusBar);
  registerCommands(
    context,
    () => client,
    async () => {
      await client?.restart();
      statusBar.refresh();
    },
  );
  await client.start();
  statusBar.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
