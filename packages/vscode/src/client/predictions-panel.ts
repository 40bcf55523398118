/**
 * "Threat: Show predictions": a webview with the scenario's threat and coalition graph. The
 * server draws the SVG (core's renderGraphSvg, through dsl) at the panel's width, so labels
 * keep their size; this panel only shows it. It offers balance of threat, balance of power or
 * both side by side; it can follow the cursor (focusing on the state the cursor is on); the
 * picture zooms with the wheel and pans by dragging; a click on a state opens its explanation.
 * It redraws when the document changes, keeping the zoom.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  EXPLAIN_REQUEST,
  PREDICTIONS_REQUEST,
  type ExplainParams,
  type ExplainResult,
  type PredictionsParams,
  type PredictionsResult,
} from '../server/protocol.js';
import type { ExplanationView } from './explanation-view.js';

type Theory = 'threat' | 'power' | 'both';

/** What the webview's script sends. */
interface ViewMessage {
  readonly theory?: Theory;
  readonly follow?: boolean;
  readonly width?: number;
  readonly explain?: string;
  readonly explainTheory?: 'threat' | 'power';
  readonly whole?: boolean;
}

export class PredictionsPanel {
  private static current: PredictionsPanel | undefined;
  private theory: Theory = 'threat';
  private follow = false;
  private width: number | undefined;
  /** The state in focus; kept while the cursor moves over text that names no state. */
  private focus: string | undefined;
  private position: vscode.Position | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private lastSvg = '';

  static show(
    context: vscode.ExtensionContext,
    client: LanguageClient,
    uri: vscode.Uri,
    explanations: ExplanationView,
  ): void {
    if (PredictionsPanel.current) {
      PredictionsPanel.current.uri = uri;
      PredictionsPanel.current.panel.reveal(vscode.ViewColumn.Beside);
      PredictionsPanel.current.schedule(0);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      'threat.predictions',
      'Threat: predictions',
      vscode.ViewColumn.Beside,
      { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: true },
    );
    PredictionsPanel.current = new PredictionsPanel(panel, client, uri, explanations);
    context.subscriptions.push(panel);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    private uri: vscode.Uri,
    private readonly explanations: ExplanationView,
  ) {
    panel.webview.html = html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: ViewMessage) => void this.receive(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === this.uri.toString()) this.schedule(300);
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (!this.follow || event.textEditor.document.uri.toString() !== this.uri.toString()) return;
        this.position = event.selections[0]?.active;
        this.schedule(200);
      }),
    );
  }

  private async receive(message: ViewMessage): Promise<void> {
    if (message.theory === 'threat' || message.theory === 'power' || message.theory === 'both')
      this.theory = message.theory;
    if (typeof message.follow === 'boolean') {
      this.follow = message.follow;
      this.position = this.follow ? this.cursor() : undefined;
    }
    if (message.whole) {
      this.follow = false;
      this.focus = undefined;
      this.position = undefined;
    }
    if (typeof message.width === 'number' && message.width >= 320) this.width = Math.round(message.width);
    if (typeof message.explain === 'string') {
      await this.explain(message.explain, message.explainTheory === 'power' ? 'power' : 'threat');
      return;
    }
    this.schedule(0);
  }

  private cursor(): vscode.Position | undefined {
    const editor = vscode.window.visibleTextEditors.find(
      (e) => e.document.uri.toString() === this.uri.toString(),
    );
    return editor?.selection.active;
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const params: PredictionsParams = {
      textDocument: { uri: this.uri.toString() },
      theory: this.theory,
      ...(this.width !== undefined ? { width: this.width } : {}),
      ...(this.position ? { position: this.client.code2ProtocolConverter.asPosition(this.position) } : {}),
      ...(this.focus !== undefined ? { state: this.focus } : {}),
    };
    let result: PredictionsResult | null;
    try {
      result = await this.client.sendRequest<PredictionsResult | null>(PREDICTIONS_REQUEST, params);
    } catch {
      result = null;
    }
    this.focus = result?.focus;
    this.panel.title = `Predictions: ${result?.title ?? this.uri.path.split('/').pop()}`;
    const svg = result?.svg ?? '';
    const changed = svg !== this.lastSvg;
    this.lastSvg = svg;
    void this.panel.webview.postMessage({
      svg: changed ? svg : undefined,
      theory: this.theory,
      follow: this.follow,
      focus: this.focus ?? null,
      failed: result === null,
    });
  }

  private async explain(state: string, theory: 'threat' | 'power'): Promise<void> {
    const params: ExplainParams = { textDocument: { uri: this.uri.toString() }, state, theory };
    const result = await this.client.sendRequest<ExplainResult>(EXPLAIN_REQUEST, params).catch(() => null);
    if (result?.markdown) await this.explanations.show(result.markdown);
  }

  private dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    PredictionsPanel.current = undefined;
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The page: controls, the picture, and the script that zooms, pans and reports clicks. */
function html(): string {
  const nonce = randomBytes(16).toString('base64');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 8px; }
  .bar { display: flex; flex-wrap: wrap; gap: 0.4em 1em; align-items: center; margin: 0.6em 0; }
  .bar button { padding: 0.3em 0.8em; border: 1px solid var(--vscode-button-border, transparent); background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground); cursor: pointer; }
  .bar button[aria-pressed="true"] { background: var(--vscode-button-background); color: var(--vscode-button-foreground); }
  #graph { overflow: hidden; border-radius: 4px; cursor: grab; touch-action: none; }
  #graph.dragging { cursor: grabbing; }
  #graph svg { display: block; width: 100%; height: auto; }
  #graph g.state { cursor: pointer; }
  .hint { opacity: 0.75; font-size: 0.9em; }
</style>
</head>
<body>
<div class="bar">
  <span role="group" aria-label="Theory">
    <button id="threat" aria-pressed="true">Balance of threat</button>
    <button id="power" aria-pressed="false">Balance of power</button>
    <button id="both" aria-pressed="false">Both</button>
  </span>
  <label><input type="checkbox" id="follow"> Focus on the state at the cursor</label>
  <button id="whole" hidden>Whole system</button>
  <button id="reset" title="Undo zoom and pan">Reset view</button>
</div>
<div class="hint">Scroll to zoom, drag to move, click a state for its explanation.</div>
<div id="graph"><p>Drawing…</p></div>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  const graph = document.getElementById('graph');
  let view = null; // the viewBox shown: [x, y, width, height]
  let full = null; // the picture's own viewBox
  let focus = null;

  function svg() { return graph.querySelector('svg'); }
  function apply() { const s = svg(); if (s && view) s.setAttribute('viewBox', view.join(' ')); }
  function toPicture(event) {
    const s = svg();
    const rect = s.getBoundingClientRect();
    return [view[0] + ((event.clientX - rect.left) / rect.width) * view[2], view[1] + ((event.clientY - rect.top) / rect.height) * view[3]];
  }
  for (const id of ['threat', 'power', 'both'])
    document.getElementById(id).addEventListener('click', () => vscode.postMessage({ theory: id }));
  document.getElementById('follow').addEventListener('change', (e) => vscode.postMessage({ follow: e.target.checked }));
  document.getElementById('whole').addEventListener('click', () => vscode.postMessage({ whole: true }));
  document.getElementById('reset').addEventListener('click', () => { view = full && [...full]; apply(); });

  graph.addEventListener('wheel', (event) => {
    if (!view) return;
    event.preventDefault();
    const [px, py] = toPicture(event);
    const factor = Math.min(4, Math.max(0.25, Math.exp(event.deltaY * 0.0015)));
    const width = Math.min(full[2], Math.max(full[2] / 12, view[2] * factor));
    const k = width / view[2];
    view = [px - (px - view[0]) * k, py - (py - view[1]) * k, view[2] * k, view[3] * k];
    apply();
  }, { passive: false });

  let drag = null;
  graph.addEventListener('pointerdown', (event) => {
    if (!view) return;
    drag = { x: event.clientX, y: event.clientY, view: [...view], moved: false };
    graph.setPointerCapture(event.pointerId);
  });
  graph.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) { drag.moved = true; graph.classList.add('dragging'); }
    if (!drag.moved) return;
    const scale = view[2] / svg().getBoundingClientRect().width;
    view = [drag.view[0] - dx * scale, drag.view[1] - dy * scale, view[2], view[3]];
    apply();
  });
  graph.addEventListener('pointerup', (event) => {
    const wasDrag = drag && drag.moved;
    drag = null;
    graph.classList.remove('dragging');
    if (wasDrag) return;
    // A click: the state under the pointer, and the panel it is in (side by side, each theory has one).
    const target = document.elementsFromPoint(event.clientX, event.clientY).map((e) => e.closest('g.state')).find(Boolean);
    if (!target) return;
    const panel = target.closest('g.panel');
    vscode.postMessage({ explain: target.getAttribute('data-state'), explainTheory: panel ? panel.getAttribute('data-theory') : 'threat' });
  });

  let resizeTimer;
  function reportWidth() { vscode.postMessage({ width: Math.max(320, Math.floor(graph.clientWidth)) }); }
  new ResizeObserver(() => { clearTimeout(resizeTimer); resizeTimer = setTimeout(reportWidth, 250); }).observe(graph);

  window.addEventListener('message', (event) => {
    const message = event.data;
    for (const id of ['threat', 'power', 'both']) document.getElementById(id).setAttribute('aria-pressed', String(id === message.theory));
    document.getElementById('follow').checked = message.follow;
    document.getElementById('whole').hidden = message.focus === null;
    if (message.failed) { graph.innerHTML = '<p>No predictions: the scenario is over a size limit or could not be read.</p>'; view = full = null; return; }
    if (message.svg === undefined) return;
    graph.innerHTML = message.svg;
    const box = svg().getAttribute('viewBox').split(/\\s+/).map(Number);
    // The same picture redrawn (an edit) keeps the zoom when its size and focus are unchanged;
    // anything else starts whole, since an old view box would not fit the new picture.
    const same = view && full && focus === message.focus && full[2] === box[2] && full[3] === box[3];
    full = box;
    view = same ? view : [...box];
    focus = message.focus;
    apply();
  });
  reportWidth();
</script>
</body>
</html>`;
}
