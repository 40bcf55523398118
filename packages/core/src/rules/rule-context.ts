/**
 * What a strategy rule looks at: plain numbers about one state and its main threat, plus the
 * display names to write the conditions in words. Rules are pure functions of this context.
 */
import type { ModelSettings } from '../settings.js';
import type { NeutralSetting } from '../neutral-threshold.js';

/** A state's main threat as a rule sees it: its name, score, power and proximity. */
export interface RuleThreat {
  /** Display name of the main threat. */
  readonly name: string;
  readonly score: number;
  readonly power: number;
  /** Proximity factor of the threat as seen by the state. */
  readonly proximity: number;
}

/**
 * What a rule reads about one state: its name, power, rivals, main threat and the scenario's
 * conditions (wartime, the help its partners can bring).
 */
export interface RuleContext {
  /** Display name of the state. */
  readonly name: string;
  /** Number of other states in the scenario. */
  readonly rivals: number;
  readonly major: boolean;
  readonly power: number;
  /** The greatest threat to the state; absent when there are no rivals. */
  readonly threat?: RuleThreat;
  /** Power the state's potential partners can bring against the threat (see partners.ts). */
  readonly help: number;
  readonly wartime: boolean;
  readonly settings: ModelSettings;
  /** The setting that holds the neutral threshold: `neutral-threat`, or `neutral-power` under balance of power. */
  readonly neutralSetting: NeutralSetting;
  /**
   * False when only the decision is wanted: conditions then carry no `text`. The model decides
   * every state this way and writes the sentences only for the predictions someone reads.
   */
  readonly describe?: boolean;
}

/** The sentence `write()` returns, or nothing when the context does not describe. */
export function say(ctx: RuleContext, write: () => string): string {
  return ctx.describe === false ? '' : write();
}

/** Ratios are capped so that a threat without power gives a large, printable number, not Infinity. */
export const RATIO_CAP = 1000;

/** The state's power as a fraction of its main threat's. */
export function powerRatio(power: number, threatPower: number): number {
  if (threatPower > 0) return Math.min(RATIO_CAP, power / threatPower);
  return power > 0 ? RATIO_CAP : 1;
}
