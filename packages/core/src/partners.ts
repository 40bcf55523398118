/**
 * Potential partners against a threat, and the help they can bring.
 *
 * k is a potential partner of i against t when k is itself threatened by t (t's threat to k is
 * worth acting on, at least the neutral threshold, and close to k's own greatest threat, at
 * least `partner-threat` times it), k threatens i less than t does, and k is not bandwagoning
 * with t.
 *
 * A partner helps with its power discounted by the loss-of-strength gradient on its own reach,
 * over the shorter of two routes: to i's side, or against t directly (a second front). Russia
 * helped Serbia in 1914 by mobilising against Austria-Hungary, not by marching to Belgrade.
 *
 * Threats are compared as keys (see `ThreatScale`); "at least `partner-threat` times the
 * greatest threat" is `scale.times(keyOf(partner-threat), greatest key)` on keys.
 */
import type { ModelInputs } from './model-inputs.js';
import type { ThreatScale } from './threat-score.js';

/** What the partner test needs besides the inputs. */
export interface PartnerState {
  /** Threat keys, `observer * n + target`. */
  readonly keys: Float64Array;
  /** Each state's greatest threat key (0 when it has no rivals). */
  readonly maxKey: Float64Array;
  /** For each state, the index of the state it bandwagons with, or -1. */
  readonly bandwagonWith: Int32Array;
  /** The key of the theory's neutral threshold. */
  readonly neutralKey: number;
  /** The key of `partner-threat`. */
  readonly partnerKey: number;
  readonly scale: ThreatScale;
}

/** Whether k is a potential partner of i against t. */
export function isPartner(
  inputs: ModelInputs,
  state: PartnerState,
  i: number,
  t: number,
  k: number,
): boolean {
  if (k === i || k === t) return false;
  const n = inputs.table.size;
  const kt = state.keys[k * n + t]!;
  return (
    kt >= state.neutralKey &&
    kt >= state.scale.times(state.partnerKey, state.maxKey[k]!) &&
    state.keys[i * n + k]! < state.keys[i * n + t]! &&
    state.bandwagonWith[k] !== t
  );
}

/** The help k can bring i against t: P_k * max(proximity of k to i, proximity of k to t). */
export function helpFrom(inputs: ModelInputs, i: number, t: number, k: number): number {
  const n = inputs.table.size;
  const x = inputs.geography.proximity;
  return inputs.power[k]! * Math.max(x[i * n + k]!, x[t * n + k]!);
}

/**
 * The total help i's potential partners can bring against t: the sum of `helpFrom` over the
 * states for which `isPartner` holds, written out in one loop because it runs for every state.
 * O(n).
 */
export function allyHelp(inputs: ModelInputs, state: PartnerState, i: number, t: number): number {
  const n = inputs.table.size;
  const keys = state.keys;
  const maxKey = state.maxKey;
  const bandwagonWith = state.bandwagonWith;
  const power = inputs.power;
  const x = inputs.geography.proximity;
  const floor = state.neutralKey;
  const fraction = state.partnerKey;
  const times = state.scale.times;
  const iRow = i * n;
  const tRow = t * n;
  const it = keys[iRow + t]!;
  let help = 0;
  for (let k = 0; k < n; k++) {
    if (k === i || k === t) continue;
    const kt = keys[k * n + t]!;
    if (kt < floor || kt < times(fraction, maxKey[k]!) || keys[iRow + k]! >= it || bandwagonWith[k] === t)
      continue;
    const toI = x[iRow + k]!;
    const toT = x[tRow + k]!;
    help += power[k]! * (toI > toT ? toI : toT);
  }
  return help;
}
