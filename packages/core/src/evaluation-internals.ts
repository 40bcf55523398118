/**
 * The working state behind a public `Evaluation`, kept out of its type so that consumers see
 * plain results while `explain` and the counterfactual search can reuse the matrices.
 */
import type { Evaluation } from './evaluation.js';
import type { ModelInputs } from './model-inputs.js';
import type { Strategies } from './strategies.js';
import type { FactorWeights, ThreatScale } from './threat-score.js';
import type { Theory } from './scenario.js';

/**
 * What an evaluation computed on the way to its results: the inputs, weights, threat scale and
 * strategies that `explain` and the what-if engine read again.
 */
export interface EvaluationInternals {
  readonly inputs: ModelInputs;
  readonly theory: Theory;
  readonly weights: FactorWeights;
  readonly scale: ThreatScale;
  readonly keys: Float64Array;
  readonly strategies: Strategies;
}

const INTERNALS = new WeakMap<Evaluation, EvaluationInternals>();

/** Records the internals behind an evaluation this package made. */
export function attachInternals(evaluation: Evaluation, internals: EvaluationInternals): void {
  INTERNALS.set(evaluation, internals);
}

/** The internals of an evaluation made by this package; undefined for a foreign object. */
export function internalsOf(evaluation: Evaluation): EvaluationInternals | undefined {
  return INTERNALS.get(evaluation);
}
