/**
 * What checks report before a problem becomes a `Diagnostic`: the same facts, with 0-based
 * offsets instead of lines and columns. Checks work in offsets because the tree does; the
 * conversion to positions happens once, in `program.ts`, where every document's line index is
 * at hand (a related location may be in an imported file).
 */
import type { DiagnosticCode } from './diagnostic-codes.js';
import type { Severity } from './diagnostic.js';
import type { Explanation, FactChange } from '@threatlab/core';

export interface OffsetEdit {
  /** The document to edit; the problem's own when absent. */
  readonly uri?: string;
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface ProblemFix {
  readonly title: string;
  readonly edits: readonly OffsetEdit[];
  readonly preferred?: boolean;
}

export interface ProblemRelated {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

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
