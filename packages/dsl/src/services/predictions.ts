/**
 * The predictions graph for the editor's "Show predictions" view: core's SVG of the threat
 * and coalition graph, for the base scenario under either theory.
 */
import { renderGraphSvg, type Theory } from '@threatlab/core';
import type { ProgramEvaluation } from '../evaluate-program.js';

export function predictionsSvg(evaluation: ProgramEvaluation, theory: Theory): string {
  return renderGraphSvg(evaluation.base.scenario, evaluation.base.analysis, { theory });
}
