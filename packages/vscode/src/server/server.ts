/**
 * The language server: protocol in, dsl services, protocol out. It holds no language logic:
 * every answer comes from packages/dsl, converted by to-proto/from-proto. It never imports
 * `vscode`, so any editor can run it (see main.ts for the command line).
 */
import type { SettingName } from '@threatlab/core';
import {
  codeActions,
  codeLenses,
  completion,
  definition,
  documentSymbols,
  explainStateAt,
  foldingRanges,
  formatDocument,
  formatDocumentRange,
  highlights,
  hover,
  inlayHints,
  predictionsSvg,
  prepareRename,
  references,
  renameState,
  scenarioSummary,
  semanticTokens,
  workspaceSymbols,
  type SourceDocument,
} from '@threatlab/dsl';
import * as lsp from 'vscode-languageserver';
import { DiagnosticsScheduler, type CancellationFlag } from './diagnostics-scheduler.js';
import { findThreatFiles } from './file-system.js';
import * as from from './from-proto.js';
import { guard } from './guard.js';
import {
  EXPLAIN_REQUEST,
  PREDICTIONS_REQUEST,
  SUMMARY_REQUEST,
  type ExplainParams,
  type ExplainResult,
  type PredictionsParams,
  type PredictionsResult,
  type SummaryParams,
  type SummaryResult,
} from './protocol.js';
import { readClientSettings, DEFAULT_SETTINGS, type ServerSettings } from './settings.js';
import * as to from './to-proto.js';
import { Workspace } from './workspace.js';

/** The editor's factor weights as model settings (`weight-intent`...). */
function weightSettings(settings: ServerSettings): Partial<Record<SettingName, number>> {
  const result: Partial<Record<SettingName, number>> = {};
  for (const [factor, value] of Object.entries(settings.weights))
    result[`weight-${factor}` as SettingName] = value;
  return result;
}

export interface ServerOptions {
  /** Reads a file URI that is not open; the file system by default (tests pass their own). */
  readonly readFile?: (uri: string) => string | undefined;
}

export function startServer(connection: lsp.Connection, options: ServerOptions = {}): void {
  const workspace = new Workspace(options.readFile);
  // Logging must not throw either (the connection may be closing).
  const log = {
    error: (message: string) => {
      try {
        connection.console.error(message);
      } catch {
        // Nowhere left to report to.
      }
    },
  };
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let configurationSupported = false;
  let workspaceFolders: string[] = [];

  let codeLensRefresh = false;
  let inlayHintRefresh = false;

  const publish = (uri: string) => {
    const open = workspace.openDocument(uri);
    const analysis = workspace.analysis(uri);
    if (!open || !analysis) return;
    connection.sendDiagnostics({
      uri: open.uri,
      version: open.version,
      diagnostics: analysis.diagnostics.map(to.diagnostic),
    });
  };

  // Stage 1: check and publish at once. The model's claims follow in stage 2 (below), after
  // a pause in typing; until then the previous run's claim warnings are carried over.
  // eslint-disable-next-line require-yield -- one stage; the scheduler takes staged runs, and the model is stage 2
  function* check(uri: string, flag: CancellationFlag): Generator<void, void, void> {
    if (flag.cancelled) return;
    publish(uri);
    models.schedule(uri);
  }
  // Stage 2: the model. It waits for a pause in typing: 150 ms, or three times as long as
  // the model last took if that is longer (at most a second), so that it does not run between
  // keystrokes and delay the next one's diagnostics; any edit cancels the wait.
  function* model(uri: string, flag: CancellationFlag): Generator<void, void, void> {
    if (flag.cancelled) return;
    const open = workspace.openDocument(uri);
    const before = workspace.lastAnalysis(uri);
    if (!open || !before) return;
    workspace.evaluate(uri);
    yield;
    if (flag.cancelled) return;
    publish(uri);
    if (codeLensRefresh) void connection.sendRequest(lsp.CodeLensRefreshRequest.type).catch(() => {});
    if (inlayHintRefresh) void connection.sendRequest(lsp.InlayHintRefreshRequest.type).catch(() => {});
    counterfactuals.schedule(uri);
  }
  // Stage 3: the counterfactual of each failed claim, one claim per step (a search can take a
  // good part of a second on a large scenario), after a longer pause; an edit stops it between
  // two claims.
  function* counterfactual(uri: string, flag: CancellationFlag): Generator<void, void, void> {
    for (const _ of workspace.searchCounterfactuals(uri)) {
      yield;
      if (flag.cancelled) return;
    }
    publish(uri);
  }
  const onError = (error: unknown) =>
    log.error(
      `threat: analysis failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  const scheduler = new DiagnosticsScheduler(check, () => settings.debounceMs, onError);
  let modelDelay = 0;
  const models = new DiagnosticsScheduler(model, () => modelDelay, onError);
  const counterfactuals = new DiagnosticsScheduler(counterfactual, () => Math.max(400, modelDelay), onError);
  const modelDelayFor = (uri: string) =>
    Math.min(1000, Math.max(150, 3 * (workspace.lastAnalysis(uri)?.modelMs ?? 0)));

  /** The document and its latest analysis, computed now if an edit made it stale. */
  const analysisOf = (uri: string) => {
    const open = workspace.openDocument(uri);
    const analysis = workspace.analysis(uri);
    return open && analysis ? { document: open.document, analysis, checked: analysis.checked } : undefined;
  };

  const changed = (uri: string) => {
    modelDelay = modelDelayFor(uri);
    for (const target of [uri, ...workspace.dependents(uri)]) {
      models.cancel(target);
      counterfactuals.cancel(target);
      scheduler.schedule(target);
    }
  };

  /** The analysis with the model's results, running the model now if it has not run. */
  const evaluated = (uri: string) => workspace.evaluate(uri)?.evaluation;

  connection.onInitialize(
    guard(log, 'initialize', { capabilities: {} }, (params: lsp.InitializeParams): lsp.InitializeResult => {
      configurationSupported = params.capabilities.workspace?.configuration === true;
      codeLensRefresh = params.capabilities.workspace?.codeLens?.refreshSupport === true;
      inlayHintRefresh = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
      settings = readClientSettings(params.initializationOptions, settings);
      workspace.setSettingDefaults(weightSettings(settings));
      workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
      if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [params.rootUri];
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: lsp.TextDocumentSyncKind.Incremental },
          hoverProvider: true,
          completionProvider: { triggerCharacters: [' ', ':', ','] },
          definitionProvider: true,
          referencesProvider: true,
          renameProvider: { prepareProvider: true },
          documentHighlightProvider: true,
          documentSymbolProvider: true,
          workspaceSymbolProvider: true,
          foldingRangeProvider: true,
          documentFormattingProvider: true,
          documentRangeFormattingProvider: true,
          semanticTokensProvider: { legend: to.SEMANTIC_TOKENS_LEGEND, full: true, range: true },
          codeActionProvider: { codeActionKinds: [lsp.CodeActionKind.QuickFix] },
          codeLensProvider: { resolveProvider: false },
          inlayHintProvider: true,
        },
        serverInfo: { name: 'threat-language-server', version: '0.1.0' },
      };
    }),
  );

  connection.onInitialized(
    guard(log, 'initialized', undefined, () => {
      if (configurationSupported) void refreshSettings();
      // Workspace files are listed once, for workspace symbols; their text is read on demand.
      workspace.workspaceFiles = workspaceFolders.flatMap((folder) => findThreatFiles(folder));
    }),
  );

  const refreshSettings = async () => {
    try {
      const [section] = (await connection.workspace.getConfiguration([{ section: 'threat' }])) as unknown[];
      settings = readClientSettings(section, settings);
      workspace.setSettingDefaults(weightSettings(settings));
      for (const open of workspace.openDocuments()) scheduler.schedule(open.uri);
    } catch (error) {
      log.error(`threat: reading settings failed: ${String(error)}`);
    }
  };
  connection.onDidChangeConfiguration(
    guard(log, 'didChangeConfiguration', undefined, (params: lsp.DidChangeConfigurationParams) => {
      if (configurationSupported) void refreshSettings();
      else {
        settings = readClientSettings(
          (params.settings as { threat?: unknown } | undefined)?.threat,
          settings,
        );
        workspace.setSettingDefaults(weightSettings(settings));
        for (const open of workspace.openDocuments()) scheduler.schedule(open.uri);
      }
    }),
  );

  connection.onDidOpenTextDocument(
    guard(log, 'didOpen', undefined, (params: lsp.DidOpenTextDocumentParams) => {
      const { uri, version, text } = params.textDocument;
      workspace.openText(uri, version, text);
      changed(uri);
    }),
  );

  connection.onDidChangeTextDocument(
    guard(log, 'didChange', undefined, (params: lsp.DidChangeTextDocumentParams) => {
      const { uri, version } = params.textDocument;
      if (!workspace.openDocument(uri)) return;
      // Each change applies to the text the previous one produced; only the statements it
      // touched are parsed and checked again.
      workspace.editText(uri, version, params.contentChanges, from.contentChange);
      changed(uri);
    }),
  );

  connection.onDidCloseTextDocument(
    guard(log, 'didClose', undefined, (params: lsp.DidCloseTextDocumentParams) => {
      const uri = params.textDocument.uri;
      const dependents = workspace.dependents(uri);
      scheduler.cancel(uri);
      models.cancel(uri);
      counterfactuals.cancel(uri);
      workspace.close(uri);
      connection.sendDiagnostics({ uri, diagnostics: [] });
      // Importers now read the file from disk, which may differ from the editor's text.
      for (const dependent of dependents) scheduler.schedule(dependent);
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard(log, 'didChangeWatchedFiles', undefined, (params: lsp.DidChangeWatchedFilesParams) => {
      for (const change of params.changes) {
        workspace.fileChanged(change.uri);
        for (const dependent of workspace.dependents(change.uri)) scheduler.schedule(dependent);
      }
    }),
  );

  connection.onHover(
    guard(log, 'hover', null, (params: lsp.HoverParams): lsp.Hover | null => {
      const state = analysisOf(params.textDocument.uri);
      if (!state) return null;
      const result = hover(
        state.checked,
        state.document.uri,
        from.offset(state.document, params.position),
        evaluated(state.document.uri),
      );
      return result ? to.hover(result) : null;
    }),
  );

  connection.onCompletion(
    guard(log, 'completion', null, (params: lsp.CompletionParams): lsp.CompletionList | null => {
      const open = workspace.openDocument(params.textDocument.uri);
      if (!open) return null;
      // The latest analysis is enough for the names it offers; no need to check this keystroke.
      const analysis = workspace.lastAnalysis(open.uri) ?? workspace.analysis(open.uri);
      const states = open.session.declaredStates;
      const names =
        analysis && states
          ? {
              states,
              get alliances() {
                return analysis.checked.symbols.alliances;
              },
            }
          : analysis?.checked.symbols;
      return to.completionList(completion(open.document, names, from.offset(open.document, params.position)));
    }),
  );

  connection.onDefinition(
    guard(log, 'definition', [], (params: lsp.DefinitionParams): lsp.Location[] => {
      const state = analysisOf(params.textDocument.uri);
      if (!state) return [];
      return definition(state.checked, state.document.uri, from.offset(state.document, params.position)).map(
        to.location,
      );
    }),
  );

  connection.onReferences(
    guard(log, 'references', [], (params: lsp.ReferenceParams): lsp.Location[] => {
      const state = analysisOf(params.textDocument.uri);
      if (!state) return [];
      const programs = workspace.programsContaining(state.document.uri);
      return references(programs, state.document.uri, from.offset(state.document, params.position), {
        includeDeclaration: params.context.includeDeclaration,
      }).map(to.location);
    }),
  );

  connection.onPrepareRename(
    guard(log, 'prepareRename', null, (params: lsp.PrepareRenameParams) => {
      const state = analysisOf(params.textDocument.uri);
      if (!state) return null;
      const result = prepareRename(
        state.checked,
        state.document.uri,
        from.offset(state.document, params.position),
      );
      if ('error' in result) throw new lsp.ResponseError(lsp.ErrorCodes.InvalidRequest, result.error);
      return { range: to.range(result.range), placeholder: result.placeholder };
    }),
  );

  connection.onRenameRequest(
    guard(log, 'rename', null, (params: lsp.RenameParams): lsp.WorkspaceEdit | null => {
      const state = analysisOf(params.textDocument.uri);
      if (!state) return null;
      const programs = workspace.programsContaining(state.document.uri);
      const result = renameState(
        programs,
        state.document.uri,
        from.offset(state.document, params.position),
        params.newName,
      );
      if ('error' in result) throw new lsp.ResponseError(lsp.ErrorCodes.InvalidRequest, result.error);
      return to.workspaceEdit(result.edits);
    }),
  );

  connection.onDocumentHighlight(
    guard(log, 'documentHighlight', [], (params: lsp.DocumentHighlightParams): lsp.DocumentHighlight[] => {
      const state = analysisOf(params.textDocument.uri);
      if (!state) return [];
      return highlights(state.checked, state.document.uri, from.offset(state.document, params.position)).map(
        to.highlight,
      );
    }),
  );

  const openDocument = (uri: string): SourceDocument | undefined => workspace.openDocument(uri)?.document;

  connection.onDocumentSymbol(
    guard(log, 'documentSymbol', [], (params: lsp.DocumentSymbolParams): lsp.DocumentSymbol[] => {
      const document = openDocument(params.textDocument.uri);
      return document ? documentSymbols(document).map(to.documentSymbol) : [];
    }),
  );

  connection.onWorkspaceSymbol(
    guard(log, 'workspaceSymbol', [], (params: lsp.WorkspaceSymbolParams): lsp.SymbolInformation[] => {
      const documents = new Map<string, SourceDocument>();
      for (const open of workspace.openDocuments()) documents.set(open.uri, open.document);
      for (const uri of workspace.workspaceFiles) {
        if (workspace.openDocument(uri)) continue;
        const document = workspace.document(uri);
        if (document) documents.set(uri, document);
      }
      return workspaceSymbols(documents.values(), params.query).map(to.workspaceSymbol);
    }),
  );

  connection.onFoldingRanges(
    guard(log, 'foldingRange', [], (params: lsp.FoldingRangeParams): lsp.FoldingRange[] => {
      const document = openDocument(params.textDocument.uri);
      return document ? foldingRanges(document).map(to.foldingRange) : [];
    }),
  );

  connection.onDocumentFormatting(
    guard(log, 'formatting', [], (params: lsp.DocumentFormattingParams): lsp.TextEdit[] => {
      const document = openDocument(params.textDocument.uri);
      return document ? formatDocument(document).map(to.textEdit) : [];
    }),
  );

  connection.onDocumentRangeFormatting(
    guard(log, 'rangeFormatting', [], (params: lsp.DocumentRangeFormattingParams): lsp.TextEdit[] => {
      const document = openDocument(params.textDocument.uri);
      if (!document) return [];
      const { start, end } = from.range(document, params.range);
      return formatDocumentRange(document, start, end).map(to.textEdit);
    }),
  );

  connection.languages.semanticTokens.on(
    guard(log, 'semanticTokens', { data: [] }, (params: lsp.SemanticTokensParams): lsp.SemanticTokens => {
      const document = openDocument(params.textDocument.uri);
      return document ? to.semanticTokens(semanticTokens(document)) : { data: [] };
    }),
  );

  connection.languages.semanticTokens.onRange(
    guard(
      log,
      'semanticTokensRange',
      { data: [] },
      (params: lsp.SemanticTokensRangeParams): lsp.SemanticTokens => {
        const document = openDocument(params.textDocument.uri);
        if (!document) return { data: [] };
        const { start, end } = from.range(document, params.range);
        return to.semanticTokens(semanticTokens(document, start, end));
      },
    ),
  );

  connection.onCodeAction(
    guard(log, 'codeAction', [], (params: lsp.CodeActionParams): lsp.CodeAction[] => {
      const state = analysisOf(params.textDocument.uri);
      if (!state) return [];
      const { start, end } = from.range(state.document, params.range);
      return codeActions(state.analysis.diagnostics, state.document.uri, start, end).map((action) =>
        to.codeAction(action, action.diagnostics.map(to.diagnostic)),
      );
    }),
  );

  connection.onRequest(
    SUMMARY_REQUEST,
    guard(log, SUMMARY_REQUEST, null, (params: SummaryParams): SummaryResult | null => {
      const state = analysisOf(params.textDocument.uri);
      if (!state) return null;
      const summary = scenarioSummary(state.checked, state.analysis.all, state.analysis.evaluation);
      return { text: summary.text, errors: summary.errors, warnings: summary.warnings };
    }),
  );

  connection.onRequest(
    EXPLAIN_REQUEST,
    guard(log, EXPLAIN_REQUEST, { markdown: null }, (params: ExplainParams): ExplainResult => {
      const state = analysisOf(params.textDocument.uri);
      if (!state) return { markdown: null };
      const offset = from.offset(state.document, params.position);
      const markdown = explainStateAt(
        state.checked,
        evaluated(state.document.uri),
        state.document.uri,
        offset,
      );
      return { markdown: markdown ?? null };
    }),
  );

  connection.onRequest(
    PREDICTIONS_REQUEST,
    guard(log, PREDICTIONS_REQUEST, null, (params: PredictionsParams): PredictionsResult | null => {
      const state = analysisOf(params.textDocument.uri);
      if (!state) return null;
      const evaluation = evaluated(state.document.uri);
      if (!evaluation) return null;
      const theory = params.theory === 'power' ? 'power' : 'threat';
      return { title: evaluation.base.scenario.title, theory, svg: predictionsSvg(evaluation, theory) };
    }),
  );

  connection.onCodeLens(
    guard(log, 'codeLens', [], (params: lsp.CodeLensParams): lsp.CodeLens[] => {
      const state = analysisOf(params.textDocument.uri);
      const evaluation = state ? evaluated(state.document.uri) : undefined;
      if (!state || !evaluation) return [];
      return codeLenses(state.checked, evaluation, state.document.uri).map((lens) =>
        to.codeLens(lens, state.document.uri),
      );
    }),
  );

  connection.languages.inlayHint.on(
    guard(log, 'inlayHint', [], (params: lsp.InlayHintParams): lsp.InlayHint[] => {
      const state = analysisOf(params.textDocument.uri);
      const evaluation = state ? evaluated(state.document.uri) : undefined;
      if (!state || !evaluation) return [];
      const { start, end } = from.range(state.document, params.range);
      return inlayHints(state.checked, evaluation, state.document.uri, start, end).map(to.inlayHint);
    }),
  );

  connection.onShutdown(() => {
    scheduler.dispose();
    models.dispose();
    counterfactuals.dispose();
  });
  connection.listen();
}
