/**
 * Combining the four factors into one threat score: a weighted geometric mean.
 *
 * The geometric mean makes the factors complements rather than substitutes: a target that is
 * harmless on one count (no offensive forces, no hostile intent, far away) is little threat
 * however strong it is on the others. Balance of power is the same machinery with power alone.
 */
import { FACTORS, type Factor, type Theory } from './scenario.js';
import type { ModelSettings } from './settings.js';

export type FactorWeights = Readonly<Record<Factor, number>>;

/** The weights a theory uses: the settings' for balance of threat, power alone for balance of power. */
export function theoryWeights(theory: Theory, settings: ModelSettings): FactorWeights {
  if (theory === 'power') return { power: 1, proximity: 0, offense: 0, intent: 0 };
  const raw: Record<Factor, number> = {
    power: settings['weight-power'],
    proximity: settings['weight-proximity'],
    offense: settings['weight-offense'],
    intent: settings['weight-intent'],
  };
  // All weights zero would leave the mean undefined; the model then weighs the factors equally.
  const total = FACTORS.reduce((sum, f) => sum + Math.max(0, raw[f]), 0);
  if (!(total > 0)) return { power: 1, proximity: 1, offense: 1, intent: 1 };
  return {
    power: Math.max(0, raw.power),
    proximity: Math.max(0, raw.proximity),
    offense: Math.max(0, raw.offense),
    intent: Math.max(0, raw.intent),
  };
}

/** The threat score for factor values power, proximity, offense and intent, each in [0, 1]. */
export type ThreatScorer = (power: number, proximity: number, offense: number, intent: number) => number;

/**
 * A scorer for the given weights: prod f^(w_f / W) over the factors with weight above zero.
 * Equal weights take a cheaper path (a k-th root of the product) with the same value up to
 * rounding; one evaluation always uses one path, so comparisons within it are consistent.
 */
export function makeScorer(weights: FactorWeights): ThreatScorer {
  const wp = weights.power;
  const wx = weights.proximity;
  const wo = weights.offense;
  const wn = weights.intent;
  const total = wp + wx + wo + wn;
  const used = [wp, wx, wo, wn].filter((w) => w > 0);
  const equal = used.every((w) => w === used[0]);
  if (equal && used.length === 4) return (p, x, o, n) => Math.sqrt(Math.sqrt(p * x * o * n));
  if (equal && used.length === 1) {
    if (wp > 0) return (p) => p;
    if (wx > 0) return (_p, x) => x;
    if (wo > 0) return (_p, _x, o) => o;
    return (_p, _x, _o, n) => n;
  }
  const ap = wp / total;
  const ax = wx / total;
  const ao = wo / total;
  const an = wn / total;
  return (p, x, o, n) =>
    (ap > 0 ? Math.pow(p, ap) : 1) *
    (ax > 0 ? Math.pow(x, ax) : 1) *
    (ao > 0 ? Math.pow(o, ao) : 1) *
    (an > 0 ? Math.pow(n, an) : 1);
}

/**
 * Each factor's share of a threat score, w_f * f / sum(w_g * g). This is a presentational
 * share of the weighted factors, not an exact decomposition of the geometric mean (which has
 * none that is additive). When every weighted factor is zero the shares follow the weights.
 */
export function factorShares(weights: FactorWeights, values: Readonly<Record<Factor, number>>): Record<Factor, number> {
  let total = 0;
  for (const f of FACTORS) total += weights[f] * values[f];
  const weightTotal = FACTORS.reduce((sum, f) => sum + weights[f], 0);
  const shares = {} as Record<Factor, number>;
  for (const f of FACTORS) {
    shares[f] = total > 0 ? (weights[f] * values[f]) / total : weightTotal > 0 ? weights[f] / weightTotal : 0;
  }
  return shares;
}
