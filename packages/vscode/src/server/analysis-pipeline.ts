/**
 * When and how open documents are analysed, and their diagnostics published: three stages,
 * each with its own scheduler, so that a newer edit cancels whatever is stale.
 *
 * 1. check: parse and check at once (incrementally), and publish with the last model run's
 *    claim warnings carried over to the claims whose text is unchanged;
 * 2. model: after a pause in typing, run the model and publish its claims;
 * 3. counterfactuals: after a longer pause, search each failed claim's counterfactual, one
 *    claim per step.
 */
import * as lsp from 'vscode-languageserver';
import { DiagnosticsScheduler, type CancellationFlag } from './diagnostics-scheduler.js';
import { describeError, type Logger } from './handler.js';
import * as to from './to-proto.js';
import type { Workspace } from './workspace.js';

/** What the pipeline needs from the rest of the server. */
export interface PipelineHost {
  readonly connection: lsp.Connection;
  readonly workspace: Workspace;
  readonly log: Logger;
  /** Extra wait after an edit before checking, in ms (a setting). */
  debounceMs(): number;
  /** Whether the client refreshes code lenses and inlay hints when asked. */
  readonly refresh: { codeLens: boolean; inlayHint: boolean };
}

export class AnalysisPipeline {
  private readonly checks: DiagnosticsScheduler;
  private readonly models: DiagnosticsScheduler;
  private readonly counterfactuals: DiagnosticsScheduler;
  /** The wait before the model runs: set from the model's last run on each edit. */
  private modelDelay = 0;

  constructor(private readonly host: PipelineHost) {
    const onError = (error: unknown) => host.log.error(`threat: analysis failed: ${describeError(error)}`);
    this.checks = new DiagnosticsScheduler((uri, flag) => this.check(uri, flag), host.debounceMs, onError);
    this.models = new DiagnosticsScheduler(
      (uri, flag) => this.model(uri, flag),
      () => this.modelDelay,
      onError,
    );
    this.counterfactuals = new DiagnosticsScheduler(
      (uri, flag) => this.counterfactual(uri, flag),
      () => Math.max(400, this.modelDelay),
      onError,
    );
  }

  /** `uri` changed: analyse it and the open documents that import it again. */
  changed(uri: string): void {
    // The model waits for a pause in typing: 150 ms, or three times as long as it last took
    // if that is longer (at most a second), so that it does not run between keystrokes and
    // delay the next one's diagnostics; any edit cancels the wait.
    this.modelDelay = Math.min(
      1000,
      Math.max(150, 3 * (this.host.workspace.lastAnalysis(uri)?.modelMs ?? 0)),
    );
    for (const target of [uri, ...this.host.workspace.dependents(uri)]) {
      this.models.cancel(target);
      this.counterfactuals.cancel(target);
      this.checks.schedule(target);
    }
  }

  /** Checks `uri` again (settings or an import changed), from the first stage. */
  recheck(uri: string): void {
    this.checks.schedule(uri);
  }

  /** Stops every stage for `uri` (its document closed). */
  cancel(uri: string): void {
    this.checks.cancel(uri);
    this.models.cancel(uri);
    this.counterfactuals.cancel(uri);
  }

  dispose(): void {
    this.checks.dispose();
    this.models.dispose();
    this.counterfactuals.dispose();
  }

  private publish(uri: string): void {
    const { workspace, connection } = this.host;
    const open = workspace.openDocument(uri);
    const analysis = workspace.analysis(uri);
    if (!open || !analysis) return;
    connection.sendDiagnostics({
      uri: open.uri,
      version: open.version,
      diagnostics: analysis.diagnostics.map(to.diagnostic),
    });
  }

  // Stage 1: check and publish at once. The model's claims follow in stage 2, after a pause in
  // typing; until then the previous run's claim warnings are carried over.
  // eslint-disable-next-line require-yield -- one stage; the scheduler takes staged runs, and the model is stage 2
  private *check(uri: string, flag: CancellationFlag): Generator<void, void, void> {
    if (flag.cancelled) return;
    this.publish(uri);
    this.models.schedule(uri);
  }

  // Stage 2: the model.
  private *model(uri: string, flag: CancellationFlag): Generator<void, void, void> {
    if (flag.cancelled) return;
    const { workspace, connection, refresh } = this.host;
    const open = workspace.openDocument(uri);
    const before = workspace.lastAnalysis(uri);
    if (!open || !before) return;
    workspace.evaluate(uri);
    yield;
    if (flag.cancelled) return;
    this.publish(uri);
    if (refresh.codeLens) void connection.sendRequest(lsp.CodeLensRefreshRequest.type).catch(() => {});
    if (refresh.inlayHint) void connection.sendRequest(lsp.InlayHintRefreshRequest.type).catch(() => {});
    this.counterfactuals.schedule(uri);
  }

  // Stage 3: the counterfactual of each failed claim, one claim per step (a search can take a
  // good part of a second on a large scenario), after a longer pause; an edit stops it between
  // two claims.
  private *counterfactual(uri: string, flag: CancellationFlag): Generator<void, void, void> {
    for (const _ of this.host.workspace.searchCounterfactuals(uri)) {
      yield;
      if (flag.cancelled) return;
    }
    this.publish(uri);
  }
}
