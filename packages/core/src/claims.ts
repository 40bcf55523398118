/**
 * Checking the author's `expect` claims against the model, with a reason in one sentence.
 */
import type { ClaimResult, Prediction } from './explanation.js';
import type { Claim, Scenario, StateId } from './scenario.js';
import type { Analysis, Evaluation } from './evaluation.js';
import { claimStates, strategyClaimHolds, threatClaimHolds, type StrategyClaim } from './claim-check.js';
import { explain } from './explain.js';
import { displayName } from './display-names.js';
import { fixed } from './format.js';
import { strategyPhrase } from './strategy-wording.js';

/** The result of one claim, without a counterfactual (see `findCounterfactual`). */
export function checkClaim(scenario: Scenario, analysis: Analysis, claim: Claim, index: number): ClaimResult {
  const evaluation = claim.theory === 'power' ? analysis.power : analysis.threat;
  const unknown = claimStates(claim).find((id) => !evaluation.predictions.has(id));
  if (unknown !== undefined)
    return { claim, index, holds: false, reason: `State "${unknown}" is not in the scenario` };
  const names = (id: StateId) => displayName(scenario, id);
  const explanation = explain(scenario, analysis, claim.subject, claim.theory);
  const base = { claim, index, ...(explanation === undefined ? {} : { explanation }) };
  if (claim.kind === 'threatens-more') {
    const subject = evaluation.threat(claim.observer, claim.subject);
    const other = evaluation.threat(claim.observer, claim.other);
    const comparison = subject > other ? 'more than' : subject < other ? 'less than' : 'as much as';
    return {
      ...base,
      holds: threatClaimHolds(claim, subject, other),
      reason: `${names(claim.subject)} threatens ${names(claim.observer)} ${comparison} ${names(claim.other)} does (${fixed(subject)} against ${fixed(other)})`,
    };
  }
  const prediction = evaluation.predictions.get(claim.subject)!;
  return {
    ...base,
    holds: strategyClaimHolds(claim, prediction.strategy, prediction.target),
    reason: strategyReason(claim, prediction, evaluation, names),
  };
}

/**
 * What the model predicts for the subject, in terms of the claim: the matching prediction with
 * its score, the other target the subject chose with both scores, or the rule's own summary
 * when the strategy differs.
 */
function strategyReason(
  claim: StrategyClaim,
  prediction: Prediction,
  evaluation: Evaluation,
  names: (id: StateId) => string,
): string {
  const s = names(claim.subject);
  const score = (target: StateId) => fixed(evaluation.threat(claim.subject, target));
  if (claim.kind !== 'neutral' && prediction.target !== undefined) {
    const claimedVerb = claim.kind === 'balances' ? 'balance' : 'bandwagon';
    if (prediction.strategy === claimedVerb && prediction.target === claim.target) {
      return `${s} ${strategyPhrase(prediction.strategy, names(claim.target))} (threat ${score(claim.target)})`;
    }
    if (prediction.strategy === claimedVerb) {
      return `${s} ${strategyPhrase(prediction.strategy, names(prediction.target))} (threat ${score(prediction.target)}), not ${claim.kind === 'balances' ? 'against' : 'with'} ${names(claim.target)} (${score(claim.target)})`;
    }
  }
  return prediction.rule.summary;
}
