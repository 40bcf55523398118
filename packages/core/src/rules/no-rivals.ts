/**
 * Rule `no-rivals`: a state alone in its scenario has nobody to balance against or bandwagon
 * with, and stays neutral.
 */
import type { RuleOutcome } from '../explanation.js';
import type { RuleContext } from './rule-context.js';

/** Fires when the scenario has no other state. */
export function noRivals(ctx: RuleContext): RuleOutcome | undefined {
  const holds = ctx.rivals < 1 || ctx.threat === undefined;
  if (!holds) return undefined;
  return {
    id: 'no-rivals',
    summary: `${ctx.name} has no other state to align with or against, so it stays neutral`,
    conditions: [
      {
        id: 'rivals',
        label: 'other states',
        value: ctx.rivals,
        threshold: 1,
        holds,
        text: 'there are no other states in the scenario',
      },
    ],
  };
}
