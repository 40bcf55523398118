/**
 * "Threat: Show predictions": a webview with the scenario's alliance and threat graph. The
 * server draws the SVG (core's renderGraphSvg, through dsl); this panel only shows it, with a toggle
 * between balance of threat and balance of power, and redraws when the document changes.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PREDICTIONS_REQUEST, type PredictionsParams, type PredictionsResult } from '../server/protocol.js';

export class PredictionsPanel {
  private static current: PredictionsPanel | undefined;
  private theory: 'threat' | 'power' = 'threat';
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  static show(context: vscode.ExtensionContext, client: LanguageClient, uri: vscode.Uri): void {
    if (PredictionsPanel.current) {
      PredictionsPanel.current.uri = uri;
      PredictionsPanel.current.panel.reveal(vscode.ViewColumn.Beside);
      void PredictionsPanel.current.update();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      'threat.predictions',
      'Threat: predictions',
      vscode.ViewColumn.Beside,
      { enableScripts: true, localResourceRoots: [] },
    );
    PredictionsPanel.current = new PredictionsPanel(panel, client, uri);
    context.subscriptions.push(panel);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    private uri: vscode.Uri,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: { theory?: 'threat' | 'power' }) => {
        if (message.theory === 'threat' || message.theory === 'power') {
          this.theory = message.theory;
          void this.update();
        }
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() !== this.uri.toString()) return;
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), 300);
      }),
    );
    void this.update();
  }

  private async update(): Promise<void> {
    const params: PredictionsParams = { textDocument: { uri: this.uri.toString() }, theory: this.theory };
    let result: PredictionsResult | null;
    try {
      result = await this.client.sendRequest<PredictionsResult | null>(PREDICTIONS_REQUEST, params);
    } catch {
      result = null;
    }
    this.panel.title = `Predictions: ${result?.title ?? this.uri.path.split('/').pop()}`;
    this.panel.webview.html = html(result, this.theory);
  }

  private dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    PredictionsPanel.current = undefined;
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function html(result: PredictionsResult | null, theory: 'threat' | 'power'): string {
  const nonce = randomBytes(16).toString('base64');
  const body = result
    ? result.svg
    : '<p>No predictions: the scenario is over a size limit or could not be read.</p>';
  const pressed = (which: string) => (which === theory ? 'true' : 'false');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
  .toggle button { margin-right: 0.5em; padding: 0.3em 0.8em; border: 1px solid var(--vscode-button-border, transparent); background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground); cursor: pointer; }
  .toggle button[aria-pressed="true"] { background: var(--vscode-button-background); color: var(--vscode-button-foreground); }
  svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<h2>${escapeHtml(result?.title ?? 'Predictions')}</h2>
<div class="toggle" role="group" aria-label="Theory">
  <button id="threat" aria-pressed="${pressed('threat')}">Balance of threat</button>
  <button id="power" aria-pressed="${pressed('power')}">Balance of power</button>
</div>
<div id="graph">${body}</div>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  for (const id of ['threat', 'power']) {
    document.getElementById(id).addEventListener('click', () => vscode.postMessage({ theory: id }));
  }
</script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
