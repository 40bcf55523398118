/**
 * Claims in words, and claim results as one or two lines.
 */
import type { ClaimResult } from './explanation.js';
import type { Claim, Scenario } from './scenario.js';
import { stateNamer } from './display-names.js';
import { md, THEORY_NAMES, type RenderFormat } from './render-common.js';

/** A claim as a sentence: "Britain balances against Germany", "Belgium does not stay neutral (balance of power)". */
export function describeClaim(claim: Claim, scenario: Scenario): string {
  const name = stateNamer(scenario);
  const s = name(claim.subject);
  const not = claim.negated;
  let text: string;
  switch (claim.kind) {
    case 'balances':
      text = `${s} ${not ? 'does not balance' : 'balances'} against ${name(claim.target)}`;
      break;
    case 'bandwagons':
      text = `${s} ${not ? 'does not bandwagon' : 'bandwagons'} with ${name(claim.target)}`;
      break;
    case 'neutral':
      text = `${s} ${not ? 'does not stay' : 'stays'} neutral`;
      break;
    case 'threatens-more':
      text = `${s} ${not ? 'does not threaten' : 'threatens'} ${name(claim.observer)} more than ${name(claim.other)} does`;
      break;
  }
  return claim.theory === 'power' ? `${text} (${THEORY_NAMES.power})` : text;
}

/**
 * "holds: Britain balances against Germany -- Britain balances against Germany (threat 0.64)",
 * with the counterfactual on a second line for a failed claim.
 */
export function renderClaim(result: ClaimResult, scenario: Scenario, format: RenderFormat): string {
  const verdict = result.holds ? 'holds' : 'fails';
  const claim = describeClaim(result.claim, scenario);
  const counterfactual = result.counterfactual?.description;
  if (format === 'markdown') {
    const first = `- **${verdict}**: ${md(claim)} -- ${md(result.reason)}`;
    return counterfactual === undefined ? first : `${first}\n  - ${md(counterfactual)}`;
  }
  const first = `${verdict}: ${claim} -- ${result.reason}`;
  return counterfactual === undefined ? first : `${first}\n       ${counterfactual}`;
}
