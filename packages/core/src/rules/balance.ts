/**
 * Rule `balance`: the default. A threatened state that is not barred from bandwagoning and
 * does not meet the bandwagoning conditions balances against its main threat. Its conditions
 * are the bandwagoning tests it failed, so a student can see which one kept it balancing.
 */
import type { RuleCondition, RuleOutcome } from '../explanation.js';
import { alliesCannotHelpCondition, closeCondition, wartimeCondition, weakCondition } from './conditions.js';
import type { RuleContext } from './rule-context.js';

/** Fires whenever there is a threat: balance against it. */
export function balance(ctx: RuleContext): RuleOutcome | undefined {
  const threat = ctx.threat;
  if (threat === undefined) return undefined;
  const weak = weakCondition(ctx, threat);
  const close = closeCondition(ctx, threat);
  const alone = alliesCannotHelpCondition(ctx, threat);
  const conditions: RuleCondition[] = [weak, close, alone];
  if (ctx.wartime) conditions.push(wartimeCondition(ctx), weakCondition(ctx, threat, true));
  let why: string;
  if (!alone.holds && (weak.holds || ctx.wartime)) why = 'its allies can make up the difference';
  else if (!weak.holds) why = `it is not weak against ${threat.name}`;
  else if (!close.holds) why = `${threat.name} is not close enough to compel it`;
  else why = 'it does not meet the conditions for bandwagoning';
  return {
    id: 'balance',
    summary: `${ctx.name} balances against ${threat.name}: ${why}`,
    conditions,
  };
}
