/**
 * Whether a claim holds, from the few numbers it is about. Shared by the claim results and the
 * counterfactual search, so that both judge a claim the same way.
 */
import type { Strategy } from './explanation.js';
import type { Claim, StateId } from './scenario.js';

/** A claim about a state's strategy: it balances, bandwagons or stays neutral (or does not). */
export type StrategyClaim = Exclude<Claim, { kind: 'threatens-more' }>;
/** A claim that one state threatens an observer more than another does. */
export type ThreatClaim = Extract<Claim, { kind: 'threatens-more' }>;

/** The states a claim names, subject first. */
export function claimStates(claim: Claim): StateId[] {
  switch (claim.kind) {
    case 'balances':
    case 'bandwagons':
      return [claim.subject, claim.target];
    case 'neutral':
      return [claim.subject];
    case 'threatens-more':
      return [claim.subject, claim.observer, claim.other];
  }
}

/** Whether a strategy claim holds given the subject's predicted strategy and target, negation applied. */
export function strategyClaimHolds(
  claim: StrategyClaim,
  strategy: Strategy,
  target: StateId | undefined,
): boolean {
  let plain: boolean;
  if (claim.kind === 'neutral') plain = strategy === 'neutral';
  else if (claim.kind === 'balances') plain = strategy === 'balance' && target === claim.target;
  else plain = strategy === 'bandwagon' && target === claim.target;
  return plain !== claim.negated;
}

/** Whether "subject threatens observer more than other does" holds, negation applied. */
export function threatClaimHolds(claim: ThreatClaim, subjectThreat: number, otherThreat: number): boolean {
  return subjectThreat > otherThreat !== claim.negated;
}
