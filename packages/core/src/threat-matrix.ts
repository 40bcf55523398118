/**
 * The threat matrix, stored as keys: keys[i * n + j] orders how much j threatens i (see
 * `ThreatScale`); the diagonal holds the key of 0. `scale.score(key)` is the threat score in [0, 1].
 */
import { powerFactor } from './factors.js';
import type { ModelInputs } from './model-inputs.js';
import { intPow, type ThreatScale } from './threat-score.js';

/** The key of the threat j poses to i. */
export function threatKey(inputs: ModelInputs, scale: ThreatScale, i: number, j: number): number {
  if (i === j) return scale.keyOf(0);
  const n = inputs.table.size;
  return scale.key(
    powerFactor(inputs.power[i]!, inputs.power[j]!),
    inputs.geography.proximity[i * n + j]!,
    inputs.intentions.offense[j]!,
    inputs.intentions.intentOf(i, j),
  );
}

/** All keys. O(n^2), one key per pair; perceived pairs are patched after the declared pass. */
export function buildThreatKeys(inputs: ModelInputs, scale: ThreatScale): Float64Array {
  const n = inputs.table.size;
  const keys = new Float64Array(n * n);
  if (scale.exponents !== undefined) fillProducts(inputs, scale.exponents, keys);
  else fillGeneral(inputs, scale, keys);
  for (const cell of inputs.intentions.perceived.keys()) {
    keys[cell] = threatKey(inputs, scale, Math.floor(cell / n), cell % n);
  }
  return keys;
}

function fillGeneral(inputs: ModelInputs, scale: ThreatScale, keys: Float64Array): void {
  const n = inputs.table.size;
  const power = inputs.power;
  const proximity = inputs.geography.proximity;
  const offense = inputs.intentions.offense;
  const declared = inputs.intentions.declared;
  const key = scale.key;
  for (let i = 0; i < n; i++) {
    const row = i * n;
    const pi = power[i]!;
    for (let j = 0; j < n; j++) {
      keys[row + j] =
        i === j
          ? scale.keyOf(0)
          : key(powerFactor(pi, power[j]!), proximity[row + j]!, offense[j]!, declared[j]!);
    }
  }
}

/**
 * The same keys as `scale.key` for whole-number weights, with the target's own factors
 * (offense and declared intent) raised to their powers once per target instead of once per
 * pair. This loop is most of the cost of an evaluation.
 */
function fillProducts(
  inputs: ModelInputs,
  exponents: ThreatScale['exponents'] & object,
  keys: Float64Array,
): void {
  const n = inputs.table.size;
  const power = inputs.power;
  const proximity = inputs.geography.proximity;
  const own = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    own[j] =
      intPow(inputs.intentions.offense[j]!, exponents.offense) *
      intPow(inputs.intentions.declared[j]!, exponents.intent);
  }
  const wp = exponents.power;
  const wx = exponents.proximity;
  for (let i = 0; i < n; i++) {
    const row = i * n;
    const pi = power[i]!;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const pj = power[j]!;
      const total = pi + pj;
      const p = total > 0 ? pj / total : 0.5;
      const x = proximity[row + j]!;
      let term = own[j]!;
      for (let k = 0; k < wp; k++) term *= p;
      for (let k = 0; k < wx; k++) term *= x;
      keys[row + j] = term;
    }
  }
}
