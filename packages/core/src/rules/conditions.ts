/**
 * The conditions the rules share, each as a `RuleCondition` with its value, threshold, setting
 * and a sentence. Rules combine them; keeping them here means "weak" or "allies cannot help"
 * mean exactly the same thing in every rule that uses them.
 */
import type { RuleCondition } from '../explanation.js';
import { fixed } from '../format.js';
import { powerRatio, say, type RuleContext, type RuleThreat } from './rule-context.js';

/** Weak against the threat: power ratio below `weakness` (or `wartime-weakness`). */
export function weakCondition(ctx: RuleContext, threat: RuleThreat, wartime = false): RuleCondition {
  const setting = wartime ? 'wartime-weakness' : 'weakness';
  const threshold = ctx.settings[setting];
  const value = powerRatio(ctx.power, threat.power);
  const holds = value < threshold;
  const what = wartime ? 'the wartime weakness threshold' : 'the weakness threshold';
  return {
    id: wartime ? 'wartime-weak' : 'weak',
    label: wartime ? 'weak against the threat in wartime' : 'weak against the threat',
    value,
    threshold,
    setting,
    holds,
    text: say(
      ctx,
      () =>
        `power ratio to ${threat.name} ${fixed(value)} is ${holds ? 'below' : 'not below'} ${what} ${fixed(threshold)}`,
    ),
  };
}

/** The threat is close: its proximity factor reaches `bandwagon-proximity`. */
export function closeCondition(ctx: RuleContext, threat: RuleThreat): RuleCondition {
  const threshold = ctx.settings['bandwagon-proximity'];
  const value = threat.proximity;
  const holds = value >= threshold;
  return {
    id: 'close',
    label: 'threat close at hand',
    value,
    threshold,
    setting: 'bandwagon-proximity',
    holds,
    text: say(
      ctx,
      () =>
        `proximity of ${threat.name} ${fixed(value)} is ${holds ? 'at or above' : 'below'} the bandwagon proximity ${fixed(threshold)}`,
    ),
  };
}

/** Allies cannot help: (own power + partners' help) / threat's power is below `ally-help`. */
export function alliesCannotHelpCondition(ctx: RuleContext, threat: RuleThreat): RuleCondition {
  const threshold = ctx.settings['ally-help'];
  const value = powerRatio(ctx.power + ctx.help, threat.power);
  const holds = value < threshold;
  return {
    id: 'allies-cannot-help',
    label: 'allies cannot help',
    value,
    threshold,
    setting: 'ally-help',
    holds,
    text: say(
      ctx,
      () =>
        `own power with allies' help is ${fixed(value)} of ${threat.name}'s, ${holds ? 'below' : 'not below'} the ally-help threshold ${fixed(threshold)}`,
    ),
  };
}

/** The scenario is set in wartime. */
export function wartimeCondition(ctx: RuleContext): RuleCondition {
  return {
    id: 'wartime',
    label: 'wartime',
    value: ctx.wartime ? 1 : 0,
    threshold: 1,
    holds: ctx.wartime,
    text: ctx.wartime ? 'the scenario is set in wartime' : 'the scenario is not set in wartime',
  };
}
