/**
 * Aggregate power: one share per state.
 *
 * A declared share is used as it stands. Components are turned into a share the way the
 * Correlates of War compute CINC, but over the scenario's own states: for each component, a
 * state's part of the scenario's total; then the mean of those parts. So a share derived from
 * components is relative to the states in the scenario, not to the whole state system, and
 * adding or removing a state changes everyone's derived share (see docs/model.md).
 */
import { CINC_COMPONENTS, ECONOMY_COMPONENTS, type PowerInput, type StateFacts } from './scenario.js';

/** How a state's power share was obtained, for explanations. */
export type PowerSource = 'share' | 'cinc' | 'economy' | 'missing';

/**
 * Each state's share of the system's power, with how it was derived (declared share, CINC or
 * economic components, missing).
 */
export interface PowerShares {
  readonly shares: Float64Array;
  readonly sources: readonly PowerSource[];
}

/** A component value the model can use: finite and not negative (COW codes missing as -9). */
function usable(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Each state's share of power. `cinc` components are shared out among the states that give
 * `cinc` components, `economy` components among those that give `economy` components. A
 * component missing for a state is left out of that state's mean, as COW does; a component whose
 * scenario total is zero carries no information and is left out for everyone.
 */
export function derivePowerShares(states: readonly StateFacts[]): PowerShares {
  const n = states.length;
  const shares = new Float64Array(n);
  const sources: PowerSource[] = [];
  const cincTotals = componentTotals(states, 'cinc', CINC_COMPONENTS);
  const economyTotals = componentTotals(states, 'economy', ECONOMY_COMPONENTS);
  for (let i = 0; i < n; i++) {
    const power: PowerInput | undefined = states[i]!.power;
    switch (power?.kind) {
      case 'share':
        shares[i] = usable(power.share) ? power.share : 0;
        sources.push('share');
        break;
      case 'cinc':
        shares[i] = meanShare(power.components, CINC_COMPONENTS, cincTotals);
        sources.push('cinc');
        break;
      case 'economy':
        shares[i] = meanShare(power.components, ECONOMY_COMPONENTS, economyTotals);
        sources.push('economy');
        break;
      default:
        shares[i] = 0;
        sources.push('missing');
    }
  }
  return { shares, sources };
}

function componentTotals<K extends string>(
  states: readonly StateFacts[],
  kind: 'cinc' | 'economy',
  components: readonly K[],
): Map<K, number> {
  const totals = new Map<K, number>(components.map((c) => [c, 0]));
  for (const state of states) {
    const power = state.power;
    if (power?.kind !== kind) continue;
    const values = (power.components ?? {}) as Readonly<Record<string, unknown>>;
    for (const c of components) {
      const v = values[c];
      if (usable(v)) totals.set(c, totals.get(c)! + v);
    }
  }
  return totals;
}

function meanShare<K extends string>(
  values: Readonly<Partial<Record<K, number>>> | undefined,
  components: readonly K[],
  totals: ReadonlyMap<K, number>,
): number {
  let sum = 0;
  let count = 0;
  for (const c of components) {
    const v = values?.[c];
    const total = totals.get(c)!;
    if (!usable(v) || total <= 0) continue;
    sum += v / total;
    count++;
  }
  return count === 0 ? 0 : sum / count;
}
