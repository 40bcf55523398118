/**
 * Rule `great-power-balances`: Walt finds that great powers balance; bandwagoning is the
 * recourse of the weak. Unless the `great-powers-bandwagon` flag is set, a major power facing a
 * threat balances against it.
 */
import type { RuleOutcome } from '../explanation.js';
import type { RuleContext } from './rule-context.js';

/** Fires for a major power facing a threat while `great-powers-bandwagon` is 0. */
export function greatPowerBalances(ctx: RuleContext): RuleOutcome | undefined {
  const threat = ctx.threat;
  if (threat === undefined) return undefined;
  const flag = ctx.settings['great-powers-bandwagon'];
  const barred = flag === 0;
  if (!ctx.major || !barred) return undefined;
  return {
    id: 'great-power-balances',
    summary: `${ctx.name} is a great power and great powers balance, so it balances against ${threat.name}`,
    conditions: [
      {
        id: 'major',
        label: 'great power',
        value: 1,
        threshold: 1,
        holds: true,
        text: `${ctx.name} is a major power`,
      },
      {
        id: 'great-powers-bandwagon',
        label: 'great powers may not bandwagon',
        value: flag,
        threshold: 0,
        setting: 'great-powers-bandwagon',
        holds: barred,
        text: 'the setting great-powers-bandwagon is 0: great powers do not bandwagon',
      },
    ],
  };
}
