/**
 * Ranking an observer's threats. Greater score first; exact ties go to the more powerful
 * target, then the closer one, then the identifier in code-unit order. The identifier is the
 * last resort and the only way a state's name can change a prediction.
 */
import type { ModelInputs } from './model-inputs.js';

/** Whether target `a` ranks ahead of target `b` for `observer` in the threat keys (see `ThreatScale`). */
export function ranksAhead(
  inputs: ModelInputs,
  keys: Float64Array,
  observer: number,
  a: number,
  b: number,
): boolean {
  const n = inputs.table.size;
  const row = observer * n;
  const ta = keys[row + a]!;
  const tb = keys[row + b]!;
  if (ta !== tb) return ta > tb;
  const pa = inputs.power[a]!;
  const pb = inputs.power[b]!;
  if (pa !== pb) return pa > pb;
  const xa = inputs.geography.proximity[row + a]!;
  const xb = inputs.geography.proximity[row + b]!;
  if (xa !== xb) return xa > xb;
  return inputs.table.idRank[a]! < inputs.table.idRank[b]!;
}

/** The index of the observer's greatest threat, or -1 when there is no other state. O(n). */
export function mainThreatOf(inputs: ModelInputs, keys: Float64Array, observer: number): number {
  const n = inputs.table.size;
  const row = observer * n;
  let best = -1;
  let bestKey = -Infinity;
  for (let j = 0; j < n; j++) {
    if (j === observer) continue;
    const key = keys[row + j]!;
    // The full comparison only for exact ties; otherwise the key decides, as in `ranksAhead`.
    if (key > bestKey || (key === bestKey && ranksAhead(inputs, keys, observer, j, best))) {
      best = j;
      bestKey = key;
    }
  }
  return best;
}

/** Every other state, greatest threat first. O(n log n). */
export function rankedTargets(inputs: ModelInputs, keys: Float64Array, observer: number): number[] {
  const targets: number[] = [];
  for (let j = 0; j < inputs.table.size; j++) if (j !== observer) targets.push(j);
  return targets.sort((a, b) =>
    ranksAhead(inputs, keys, observer, a, b) ? -1 : ranksAhead(inputs, keys, observer, b, a) ? 1 : 0,
  );
}
