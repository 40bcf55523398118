/**
 * The order in which the model lists groups of states (coalition members, partners): the most
 * powerful first, then by identifier. It does not depend on declaration order.
 */
import type { ModelInputs } from './model-inputs.js';

/** Sorts indices by power, greatest first, then by identifier. */
export function byPower(inputs: ModelInputs, indices: number[]): number[] {
  return indices.sort(
    (a, b) => inputs.power[b]! - inputs.power[a]! || inputs.table.idRank[a]! - inputs.table.idRank[b]!,
  );
}
