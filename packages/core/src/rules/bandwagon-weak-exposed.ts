/**
 * Rule `bandwagon-weak-exposed`: Walt's conditions for bandwagoning in peacetime, all at once.
 * A state that is weak against its main threat, lies close to it, and cannot count on allies
 * to make up the difference aligns with the threat instead of resisting it.
 */
import type { RuleOutcome } from '../explanation.js';
import { alliesCannotHelpCondition, closeCondition, weakCondition } from './conditions.js';
import type { RuleContext } from './rule-context.js';

/** Fires for a state that is weak, close to its main threat and without allies able to help. */
export function bandwagonWeakExposed(ctx: RuleContext): RuleOutcome | undefined {
  const threat = ctx.threat;
  if (threat === undefined) return undefined;
  const conditions = [
    weakCondition(ctx, threat),
    closeCondition(ctx, threat),
    alliesCannotHelpCondition(ctx, threat),
  ];
  if (!conditions.every((c) => c.holds)) return undefined;
  return {
    id: 'bandwagon-weak-exposed',
    summary: `Weak, next to ${threat.name} and without allies able to help, ${ctx.name} bandwagons with it`,
    conditions,
  };
}
