/**
 * Potential partners against a threat, and the help they can bring.
 *
 * k is a potential partner of i against t when k is itself threatened by t (t's threat to k is
 * worth acting on, at least the neutral threshold, and close to k's own greatest threat, at least
 * `partner-threat` times it), k threatens i less than t does, and k is not bandwagoning with t.
 *
 * A partner helps with its power discounted by the loss-of-strength gradient on its own reach,
 * over the shorter of two routes: to i's side, or against t directly (a second front). Russia
 * helped Serbia in 1914 by mobilising against Austria-Hungary, not by marching to Belgrade.
 */
import type { ModelInputs } from './model-inputs.js';

/** What the partner test needs besides the inputs: the matrix and each state's greatest threat score. */
export interface PartnerState {
  readonly threat: Float64Array;
  /** Each state's greatest threat score (0 when it has no rivals). */
  readonly maxScore: Float64Array;
  /** For each state, the index of the state it bandwagons with, or -1. */
  readonly bandwagonWith: Int32Array;
  /** The theory's neutral threshold (`neutral-threat` or `neutral-power`). */
  readonly neutral: number;
}

/** Whether k is a potential partner of i against t. */
export function isPartner(inputs: ModelInputs, state: PartnerState, i: number, t: number, k: number): boolean {
  if (k === i || k === t) return false;
  const n = inputs.table.size;
  const kt = state.threat[k * n + t]!;
  return (
    kt >= state.neutral &&
    kt >= inputs.settings['partner-threat'] * state.maxScore[k]! &&
    state.threat[i * n + k]! < state.threat[i * n + t]! &&
    state.bandwagonWith[k] !== t
  );
}

/** The help k can bring i against t: P_k * max(proximity of k to i, proximity of k to t). */
export function helpFrom(inputs: ModelInputs, i: number, t: number, k: number): number {
  const n = inputs.table.size;
  const x = inputs.geography.proximity;
  return inputs.power[k]! * Math.max(x[i * n + k]!, x[t * n + k]!);
}

/** The total help i's potential partners can bring against t. O(n). */
export function allyHelp(inputs: ModelInputs, state: PartnerState, i: number, t: number): number {
  let help = 0;
  for (let k = 0; k < inputs.table.size; k++) {
    if (isPartner(inputs, state, i, t, k)) help += helpFrom(inputs, i, t, k);
  }
  return help;
}
