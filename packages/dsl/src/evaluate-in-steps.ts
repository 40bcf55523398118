/**
 * The model in steps, for an editor: first every prediction and claim without counterfactuals
 * (quick), then the counterfactual of each failed claim, one claim per step. A counterfactual
 * is a search over the model's inputs and can take a good part of a second on a large
 * scenario; in steps, an editor can stop between two claims when the author types again.
 */
import { findCounterfactual } from '@threatlab/core';
import type { CheckedProgram } from './check-program.js';
import { claimProblem, evaluateProgram, type ProgramEvaluation } from './evaluate-program.js';
import type { Problem } from './problem.js';

/** Predictions and claim verdicts, without searching counterfactuals. */
export function evaluateQuickly(checked: CheckedProgram): ProgramEvaluation | undefined {
  return evaluateProgram(checked, { counterfactuals: false });
}

/**
 * The failed claims' problems with their counterfactuals, one failed claim per step: each
 * step yields the whole list so far (claims not yet searched keep their plain problem).
 */
export function* withCounterfactuals(
  checked: CheckedProgram,
  evaluation: ProgramEvaluation,
): Generator<readonly Problem[], readonly Problem[], void> {
  const scenarios = [evaluation.base, ...evaluation.variants];
  const problems = [...evaluation.problems];
  let index = 0;
  for (const evaluated of scenarios) {
    for (const [i, result] of evaluated.analysis.claims.entries()) {
      const source = evaluated.claimSources[i];
      if (result.holds || !source) continue;
      const counterfactual = findCounterfactual(evaluated.scenario, result.claim);
      if (counterfactual)
        problems[index] = claimProblem(
          checked,
          evaluated.scenario,
          { ...result, counterfactual },
          source,
          evaluated.variant,
        );
      index++;
      yield problems;
    }
  }
  return problems;
}
