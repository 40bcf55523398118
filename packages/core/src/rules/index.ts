/**
 * The strategy rules in the order they are tried; the first that fires decides.
 */
import type { RuleOutcome } from '../explanation.js';
import type { RuleContext } from './rule-context.js';
import { noRivals } from './no-rivals.js';
import { noThreat } from './no-threat.js';
import { greatPowerBalances } from './great-power-balances.js';
import { bandwagonWeakExposed } from './bandwagon-weak-exposed.js';
import { bandwagonWartime } from './bandwagon-wartime.js';
import { balance } from './balance.js';

/** A strategy rule: its outcome when it fires, otherwise undefined. */
export type Rule = (ctx: RuleContext) => RuleOutcome | undefined;

/**
 * The strategy rules in the order they are tried; the first that fires decides. The order is the
 * theory's: a state with no rivals or no threat is neutral before anything else is asked.
 */
export const RULES: readonly Rule[] = [
  noRivals,
  noThreat,
  greatPowerBalances,
  bandwagonWeakExposed,
  bandwagonWartime,
  balance,
];

/** Runs the rules in order and returns the first outcome. */
export function decide(ctx: RuleContext): RuleOutcome {
  for (const rule of RULES) {
    const outcome = rule(ctx);
    if (outcome !== undefined) return outcome;
  }
  // Unreachable: `balance` fires whenever there is a threat and `no-rivals` whenever there is not.
  return noRivals({ ...ctx, rivals: 0, threat: undefined })!;
}

export { noRivals, noThreat, greatPowerBalances, bandwagonWeakExposed, bandwagonWartime, balance };
export type { RuleContext, RuleThreat } from './rule-context.js';
