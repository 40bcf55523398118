/**
 * What one perception does to a threat score: the assessment with the perception and without
 * it (the declared intent alone). The editor's hover on a perception reads this; computing it
 * is the model's work, so it lives here and not in the hover.
 */
import { evaluate } from './evaluate.js';
import type { Evaluation } from './evaluation.js';
import type { ThreatAssessment } from './explanation.js';
import type { Scenario, StateId } from './scenario.js';

/** A perception's effect on how much its target threatens its observer. */
export interface PerceptionEffect {
  /** The assessment as the scenario stands, perception included. */
  readonly withPerception: ThreatAssessment;
  /** The assessment if the observer had no perception of the target; undefined when the model has none. */
  readonly without?: ThreatAssessment;
}

/**
 * The effect of `observer`'s perception of `target` in `scenario`, whose balance-of-threat
 * evaluation is `evaluation` (so the current score is read, not computed again; the other is computed under
 * the same theory). Undefined when
 * either state is unknown to the evaluation. Evaluates the scenario once more without the
 * perception: call it for one perception at a time (a hover), not for every perception.
 */
export function perceptionEffect(
  scenario: Scenario,
  evaluation: Evaluation,
  observer: StateId,
  target: StateId,
): PerceptionEffect | undefined {
  const withPerception = evaluation.assessment(observer, target);
  if (withPerception === undefined) return undefined;
  const without = evaluate(
    {
      ...scenario,
      perceptions: scenario.perceptions.filter((p) => p.observer !== observer || p.target !== target),
      claims: [],
    },
    evaluation.theory,
  ).assessment(observer, target);
  return without === undefined ? { withPerception } : { withPerception, without };
}
