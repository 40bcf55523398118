/**
 * `analyze`: the one call the CLI, the language server and the bot make.
 */
import type { Scenario } from './scenario.js';
import type { Analysis, AnalyzeOptions } from './evaluation.js';
import { buildModelInputs } from './model-inputs.js';
import { evaluateInputs } from './evaluate.js';
import { checkClaim } from './claims.js';
import { searchCounterfactual } from './counterfactual.js';

/**
 * Evaluates a scenario under both theories (sharing one geography) and checks its claims,
 * with a counterfactual for each failed claim unless `counterfactuals` is false.
 * Never throws on bad facts.
 */
export function analyze(scenario: Scenario, options: AnalyzeOptions = {}): Analysis {
  const inputs = buildModelInputs(scenario);
  const threat = evaluateInputs(inputs, 'threat');
  const power = evaluateInputs(inputs, 'power');
  const base: Analysis = { threat, power, claims: [] };
  const claims = (scenario.claims ?? []).map((claim, index) => {
    const result = checkClaim(scenario, base, claim, index);
    if (result.holds || options.counterfactuals === false) return result;
    const counterfactual = searchCounterfactual(scenario, claim.theory === 'power' ? power : threat, claim);
    return counterfactual === undefined ? result : { ...result, counterfactual };
  });
  return { threat, power, claims };
}
