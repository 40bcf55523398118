/**
 * The threat matrix: T[i * n + j] is how much j threatens i, in [0, 1]; the diagonal is 0.
 */
import { powerFactor } from './factors.js';
import type { ModelInputs } from './model-inputs.js';
import type { ThreatScorer } from './threat-score.js';

/** The threat j poses to i under the given scorer. */
export function threatCell(inputs: ModelInputs, scorer: ThreatScorer, i: number, j: number): number {
  if (i === j) return 0;
  const n = inputs.table.size;
  const k = i * n + j;
  return scorer(
    powerFactor(inputs.power[i]!, inputs.power[j]!),
    inputs.geography.proximity[k]!,
    inputs.intentions.offense[j]!,
    inputs.intentions.intent[k]!,
  );
}

/** The full matrix. O(n^2), one scorer call per pair. */
export function buildThreatMatrix(inputs: ModelInputs, scorer: ThreatScorer): Float64Array {
  const n = inputs.table.size;
  const power = inputs.power;
  const proximity = inputs.geography.proximity;
  const offense = inputs.intentions.offense;
  const intent = inputs.intentions.intent;
  const threat = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    const pi = power[i]!;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      threat[row + j] = scorer(powerFactor(pi, power[j]!), proximity[row + j]!, offense[j]!, intent[row + j]!);
    }
  }
  return threat;
}
