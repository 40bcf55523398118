/**
 * The extension's commands: show the predictions graph, explain the state at the cursor,
 * restart the server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPLAIN_REQUEST, type ExplainParams, type ExplainResult } from '../server/protocol.js';
import { ExplanationView } from './explanation-view.js';
import { PredictionsPanel } from './predictions-panel.js';

export function registerCommands(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
  restart: () => Promise<void>,
): void {
  const explanations = ExplanationView.register(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('threat.showPredictions', () => {
      const editor = activeThreatEditor();
      const running = client();
      if (!editor || !running) return;
      PredictionsPanel.show(context, running, editor.document.uri, explanations);
    }),
    // From the palette: the state at the cursor. From a code lens: the lens's state.
    vscode.commands.registerCommand(
      'threat.explainStateAtCursor',
      async (uri?: string, position?: { line: number; character: number }) => {
        const running = client();
        if (!running) return;
        let params: ExplainParams;
        if (typeof uri === 'string' && position) params = { textDocument: { uri }, position };
        else {
          const editor = activeThreatEditor();
          if (!editor) return;
          params = {
            textDocument: { uri: editor.document.uri.toString() },
            position: running.code2ProtocolConverter.asPosition(editor.selection.active),
          };
        }
        const result = await running.sendRequest<ExplainResult>(EXPLAIN_REQUEST, params);
        if (!result.markdown) {
          void vscode.window.showInformationMessage('Threat: put the cursor on a state to explain it');
          return;
        }
        await explanations.show(result.markdown);
      },
    ),
    vscode.commands.registerCommand('threat.restartServer', async () => {
      await restart();
      void vscode.window.setStatusBarMessage('Threat: language server restarted', 3000);
    }),
  );
}

function activeThreatEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'threat') return editor;
  void vscode.window.showInformationMessage('Threat: open a .threat file first');
  return undefined;
}
