/**
 * What every feature of the server shares: the connection, the workspace of documents, the
 * analysis pipeline, the log, the editor's settings and what the client supports. Features
 * receive it in their `register` function and keep no state of their own.
 */
import type { SettingName } from '@threatlab/core';
import type { CheckedProgram, ProgramEvaluation, SourceDocument } from '@threatlab/dsl';
import type * as lsp from 'vscode-languageserver';
import { AnalysisPipeline } from './analysis-pipeline.js';
import { connectionLogger, type Logger } from './handler.js';
import { DEFAULT_SETTINGS, type ServerSettings } from './settings.js';
import { Workspace, type Analysis } from './workspace.js';

/** An open document with its current analysis. */
export interface DocumentState {
  readonly document: SourceDocument;
  readonly analysis: Analysis;
  readonly checked: CheckedProgram;
}

export class ServerContext {
  readonly log: Logger;
  readonly workspace: Workspace;
  readonly pipeline: AnalysisPipeline;
  settings: ServerSettings = DEFAULT_SETTINGS;
  /** What the client said it supports, at `initialize`. */
  readonly client = { configuration: false, refresh: { codeLens: false, inlayHint: false } };
  workspaceFolders: string[] = [];

  constructor(
    readonly connection: lsp.Connection,
    readFile?: (uri: string) => string | undefined,
  ) {
    this.log = connectionLogger(connection);
    this.workspace = new Workspace(readFile);
    this.pipeline = new AnalysisPipeline({
      connection,
      workspace: this.workspace,
      log: this.log,
      debounceMs: () => this.settings.debounceMs,
      refresh: this.client.refresh,
    });
  }

  /** New editor settings: the model's weights change, so every open document is analysed again. */
  applySettings(settings: ServerSettings): void {
    this.settings = settings;
    this.workspace.setSettingDefaults(weightSettings(settings));
  }

  /** The open document, or undefined. */
  openDocument(uri: string): SourceDocument | undefined {
    return this.workspace.openDocument(uri)?.document;
  }

  /** The document and its latest analysis, computed now if an edit made it stale. */
  analysisOf(uri: string): DocumentState | undefined {
    const open = this.workspace.openDocument(uri);
    const analysis = this.workspace.analysis(uri);
    return open && analysis ? { document: open.document, analysis, checked: analysis.checked } : undefined;
  }

  /** The model's results for `uri`, running the model now if it has not run. */
  evaluated(uri: string): ProgramEvaluation | undefined {
    return this.workspace.evaluate(uri)?.evaluation;
  }
}

/** The editor's factor weights as model settings (`weight-intent`...). */
function weightSettings(settings: ServerSettings): Partial<Record<SettingName, number>> {
  const result: Partial<Record<SettingName, number>> = {};
  for (const [factor, value] of Object.entries(settings.weights))
    result[`weight-${factor}` as SettingName] = value;
  return result;
}
