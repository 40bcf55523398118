/**
 * What checks report before a problem becomes a `Diagnostic`: the same facts, with 0-based
 * offsets instead of lines and columns. Checks work in offsets because the tree does; the
 * conversion to positions happens once, in `to-diagnostic.ts`, which looks up each document's
 * line index in the program (a related location may be in an imported file).
 */
import type { DiagnosticCode } from './diagnostic-codes.js';
import type { Severity } from './diagnostic.js';
import type { Explanation, FactChange } from '@threatlab/core';

/** An edit a fix makes, in offsets. */
export interface OffsetEdit {
  /** The document to edit; the problem's own when absent. */
  readonly uri?: string;
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * A fix offered for a problem: a title and its edits; `preferred` when an editor may apply it
 * without asking.
 */
export interface ProblemFix {
  readonly title: string;
  readonly edits: readonly OffsetEdit[];
  readonly preferred?: boolean;
}

/** Another place a problem points to, in offsets. */
export interface ProblemRelated {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** What a check reports, in offsets; `to-diagnostic.ts` turns it into a `Diagnostic`. */
export interface Problem {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  /** Overrides the code's default severity. */
  readonly severity?: Severity;
  readonly related?: readonly ProblemRelated[];
  readonly fixes?: readonly ProblemFix[];
  readonly explanation?: Explanation;
  readonly counterfactual?: FactChange;
}
