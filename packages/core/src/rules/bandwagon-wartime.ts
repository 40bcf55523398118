/**
 * Rule `bandwagon-wartime`: late in a war, when the outcome looks settled, weak states join the
 * side that is winning (Walt 1987). In a wartime scenario a state below the higher
 * `wartime-weakness` threshold, with no allies able to help, bandwagons whatever the distance.
 */
import type { RuleOutcome } from '../explanation.js';
import { alliesCannotHelpCondition, wartimeCondition, weakCondition } from './conditions.js';
import type { RuleContext } from './rule-context.js';

/** Fires in wartime for a state weak by `wartime-weakness` whose allies cannot help. */
export function bandwagonWartime(ctx: RuleContext): RuleOutcome | undefined {
  const threat = ctx.threat;
  if (threat === undefined) return undefined;
  const conditions = [
    wartimeCondition(ctx),
    weakCondition(ctx, threat, true),
    alliesCannotHelpCondition(ctx, threat),
  ];
  if (!conditions.every((c) => c.holds)) return undefined;
  return {
    id: 'bandwagon-wartime',
    summary: `In wartime, too weak against ${threat.name} and without allies able to help, ${ctx.name} joins the stronger side`,
    conditions,
  };
}
