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
  /** The state at this position; or */
  readonly position?: lsp.Position;
  /** the state with this identifier in the base scenario (a click in the predictions view), */
  readonly state?: string;
  /** under this theory (balance of threat by default). */
  readonly theory?: 'threat' | 'power';
}
export interface ExplainResult {
  /** Markdown, or null when the cursor is not on a state. */
  readonly markdown: string | null;
}

export const PREDICTIONS_REQUEST = 'threat/predictions';
export interface PredictionsParams {
  readonly textDocument: lsp.TextDocumentIdentifier;
  /** Which theory's predictions to draw, or both side by side; balance of threat by default. */
  readonly theory?: 'threat' | 'power' | 'both';
  /** Focus on the state named at this position, when there is one there; */
  readonly position?: lsp.Position;
  /** otherwise on this state, when given. */
  readonly state?: string;
  /** The width the picture is shown at, in px; text is at least 12 px at that width. */
  readonly width?: number;
}
export interface PredictionsResult {
  readonly title: string;
  /** The theory drawn. */
  readonly theory: 'threat' | 'power' | 'both';
  /** The state the picture focuses on, if any. */
  readonly focus?: string;
  /** A standalone SVG document. */
  readonly svg: string;
}
