/**
 * The server's own requests beyond LSP, shared by the server and the VS Code client (and
 * usable by any editor): the status bar's summary, the explanation of a state, the predictions
 * graph. Parameters and results are plain JSON.
 */
import type * as lsp from 'vscode-languageserver';

export const SUMMARY_REQUEST = 'threat/summary';
export interface SummaryParams {
  readonly textDocument: lsp.TextDocumentIdentifier;
}
export interface SummaryResult {
  readonly text: string;
  readonly errors: number;
  readonly warnings: number;
}

export const EXPLAIN_REQUEST = 'threat/explain';
export interface ExplainParams {
  readonly textDocument: lsp.TextDocumentIdentifier;
  readonly position: lsp.Position;
}
export interface ExplainResult {
  /** Markdown, or null when the cursor is not on a state. */
  readonly markdown: string | null;
}

export const PREDICTIONS_REQUEST = 'threat/predictions';
export interface PredictionsParams {
  readonly textDocument: lsp.TextDocumentIdentifier;
  /** Which theory's predictions to draw; balance of threat by default. */
  readonly theory?: 'threat' | 'power';
}
export interface PredictionsResult {
  readonly title: string;
  /** The theory drawn. */
  readonly theory: 'threat' | 'power';
  /** A standalone SVG document. */
  readonly svg: string;
}
