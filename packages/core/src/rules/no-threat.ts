/**
 * Rule `no-threat`: balancing is a response to threat (Walt 1987); a state whose greatest
 * threat is below the neutral threshold (`neutral-threat`, or `neutral-power` under balance of
 * power) has nothing worth allying against.
 */
import type { RuleOutcome } from '../explanation.js';
import { fixed } from '../format.js';
import { say, type RuleContext } from './rule-context.js';

/** Fires when the greatest threat is below the neutral threshold. */
export function noThreat(ctx: RuleContext): RuleOutcome | undefined {
  const threat = ctx.threat;
  if (threat === undefined) return undefined;
  const threshold = ctx.settings[ctx.neutralSetting];
  const holds = threat.score < threshold;
  if (!holds) return undefined;
  return {
    id: 'no-threat',
    summary: `No state threatens ${ctx.name} enough to ally against, so it stays neutral`,
    conditions: [
      {
        id: 'threat',
        label: 'greatest threat',
        value: threat.score,
        threshold,
        setting: ctx.neutralSetting,
        holds,
        text: say(
          ctx,
          () =>
            `greatest threat ${fixed(threat.score)} (from ${threat.name}) is below the neutral threshold ${fixed(threshold)}`,
        ),
      },
    ],
  };
}
