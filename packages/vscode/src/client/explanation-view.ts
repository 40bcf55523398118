/**
 * Explanations shown as Markdown previews of read-only virtual documents (scheme
 * `threat-explanation`), so that "Explain state" and a click in the predictions view open a
 * preview and leave no unsaved Untitled editor behind to be asked about on closing.
 */
import * as vscode from 'vscode';

const SCHEME = 'threat-explanation';

export class ExplanationView implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  static register(context: vscode.ExtensionContext): ExplanationView {
    const view = new ExplanationView();
    context.subscriptions.push(
      vscode.workspace.registerTextDocumentContentProvider(SCHEME, view),
      view.changed,
    );
    return view;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.path) ?? '';
  }

  /**
   * Shows `markdown` in a preview beside the editor, named after its first heading ("France
   * balances against German Empire"), so that the same explanation shown again reuses its preview.
   */
  async show(markdown: string): Promise<void> {
    const heading = /^#+\s*(.+)$/m.exec(markdown)?.[1] ?? 'Explanation';
    const name = heading.replace(/[\\/*_`]/g, '').slice(0, 80);
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${name}.md` });
    this.texts.set(uri.path, markdown);
    this.changed.fire(uri);
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  }
}
