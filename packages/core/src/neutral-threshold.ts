/**
 * The threshold below which a state's greatest threat leaves it neutral. The two theories need
 * different ones because their scores live on different scales: a balance-of-power score is the
 * power factor alone, spread over [0, 1]; a balance-of-threat score is a geometric mean of four
 * factors, which gathers towards the middle.
 */
import type { Theory } from './scenario.js';
import type { ModelSettings } from './settings.js';

/**
 * The setting that holds a theory's neutral threshold: on threat for balance of threat, on power
 * for balance of power.
 */
export type NeutralSetting = 'neutral-threat' | 'neutral-power';

/** The setting that holds a theory's neutral threshold. */
export function neutralSetting(theory: Theory): NeutralSetting {
  return theory === 'power' ? 'neutral-power' : 'neutral-threat';
}

/** A theory's neutral threshold under the given settings. */
export function neutralThreshold(theory: Theory, settings: ModelSettings): number {
  return settings[neutralSetting(theory)];
}
