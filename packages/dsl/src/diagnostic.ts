/**
 * The one diagnostic type of the project, shared by the CLI, the language server and the bot.
 *
 * A diagnostic is plain data (after vfile-message): what is wrong (`message`), where (`uri`
 * and `range`), a stable `code` a user can look up in docs/language.md, the other places
 * involved (`related`), and edits that would fix it (`fixes`). Consumers render it; they do
 * not add to it.
 */
import type { Explanation, FactChange } from '@threatlab/core';
import type { DiagnosticCode } from './diagnostic-codes.js';

/** A place in a text: 1-based line, 1-based column in UTF-16 code units, 0-based offset. */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A span of a document from `start` (inclusive) to `end` (exclusive). */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A range in a named document. */
export interface Location {
  /** The document: a file path for the CLI, a URI for the editor. */
  readonly uri: string;
  readonly range: Range;
}

/** How serious a diagnostic is; only errors make `threat check` fail. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Another place a diagnostic points to (the first statement of a repeated fact, say), with why. */
export interface RelatedInformation {
  readonly location: Location;
  readonly message: string;
}

/** Replace `range` of the document `uri` with `newText`. */
export interface TextEdit {
  readonly uri: string;
  readonly range: Range;
  readonly newText: string;
}

/** A suggested fix: a title for the menu, and the edits that carry it out. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix an editor may apply on its own ("quick fix" preferred). */
  readonly preferred?: boolean;
}

/** The one diagnostic type every consumer shows: the CLI, the editor and the bot render it as they need. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** One sentence, no trailing period, names in quotes: `State "Prussia" is not declared`. */
  readonly message: string;
  readonly uri: string;
  readonly range: Range;
  readonly related: readonly RelatedInformation[];
  readonly fixes: readonly Fix[];
  /** For a failed claim: the model's explanation of the subject's prediction. */
  readonly explanation?: Explanation;
  /** For a failed claim: the smallest single change that would make it hold. */
  readonly counterfactual?: FactChange;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Orders diagnostics by document, then position, then severity, then code: a stable printout. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  return (
    a.range.start.offset - b.range.start.offset ||
    a.range.end.offset - b.range.end.offset ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/** Whether any of the diagnostics is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
