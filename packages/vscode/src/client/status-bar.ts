/**
 * A status bar item with the active scenario's summary ("Europe, July 1914: 6 states,
 * 2 alliances, 3 claims; 1 error"), refreshed when the editor or its diagnostics change.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SUMMARY_REQUEST, type SummaryParams, type SummaryResult } from '../server/protocol.js';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'threat.summary',
    vscode.StatusBarAlignment.Left,
    50,
  );
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'Threat scenario';
    this.item.command = 'threat.showPredictions';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics(() => this.refreshSoon()),
    );
  }

  refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 150);
  }

  refresh(): void {
    const editor = vscode.window.activeTextEditor;
    const client = this.client();
    if (!editor || editor.document.languageId !== 'threat' || !client?.isRunning()) {
      this.item.hide();
      return;
    }
    const params: SummaryParams = { textDocument: { uri: editor.document.uri.toString() } };
    client.sendRequest<SummaryResult | null>(SUMMARY_REQUEST, params).then(
      (summary) => {
        if (!summary) return this.item.hide();
        const icon = summary.errors > 0 ? '$(error)' : summary.warnings > 0 ? '$(warning)' : '$(pass)';
        this.item.text = `${icon} ${summary.text}`;
        this.item.tooltip = 'Threat: show predictions';
        this.item.show();
      },
      () => this.item.hide(),
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
