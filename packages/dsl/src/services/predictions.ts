/**
 * The predictions graph for the editor's "Show predictions" view: core's SVG of the threat
 * and coalition graph for the base scenario, under one theory or both, of the whole system or
 * focused on one state (the state at the cursor, or one clicked in the view); and the
 * explanation of a state named in the view.
 */
import { explain, renderExplanation, renderGraphSvg, type Theory } from '@threatlab/core';
import type { CheckedProgram } from '../check-program.js';
import type { ProgramEvaluation } from '../evaluate-program.js';
import { stateReferenceAt } from './locate.js';

/** Options of the predictions picture; see core's `GraphOptions`. */
export interface PredictionsOptions {
  readonly theory: Theory | 'both';
  /** A state identifier to focus on; an unknown one draws the whole system. */
  readonly focus?: string;
  /** The width the view shows the picture at, in px. */
  readonly width?: number;
}

/** The graph of the base scenario's predictions as a standalone SVG document. */
export function predictionsSvg(evaluation: ProgramEvaluation, options: PredictionsOptions): string {
  return renderGraphSvg(evaluation.base.scenario, evaluation.base.analysis, options);
}

/** The identifier of the state named at `offset` (a declaration or a reference), if any. */
export function stateAt(checked: CheckedProgram, uri: string, offset: number): string | undefined {
  return stateReferenceAt(checked, uri, offset)?.node.name;
}

/** The explanation of a state of the base scenario as Markdown, for a click in the view. */
export function explainStateNamed(
  evaluation: ProgramEvaluation,
  state: string,
  theory: Theory,
): string | undefined {
  const { scenario, analysis } = evaluation.base;
  const explanation = explain(scenario, analysis, state, theory);
  return explanation ? renderExplanation(explanation, scenario, 'markdown') : undefined;
}
