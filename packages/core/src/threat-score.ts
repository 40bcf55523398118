/**
 * Combining the four factors into one threat score: a weighted geometric mean.
 *
 * The geometric mean makes the factors complements rather than substitutes: a target that is
 * harmless on one count (no offensive forces, no hostile intent, far away) is little threat
 * however strong it is on the others. Balance of power is the same machinery with power alone.
 */
import { FACTORS, type Factor, type Theory } from './scenario.js';
import type { ModelSettings } from './settings.js';

/** The weight of each factor in a theory's threat score. */
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

/** A function of the four factor values: power, proximity, offense and intent, each in [0, 1]. */
export type ThreatScorer = (power: number, proximity: number, offense: number, intent: number) => number;

/**
 * How the model stores and compares threat scores without taking a root for every pair.
 *
 * `key` is a strictly increasing function of the threat score T, cheap to compute from the
 * factors. With whole-number weights (the defaults are 1, 1, 1 and 2) it is T^W, the product of
 * the factors raised to their weights; otherwise it is ln T, the weighted sum of the factors'
 * logarithms (minus infinity for a zero factor). Ranking compares keys; `score` turns a key back
 * into T for display and for the rules. `times(keyOf(f), key)` is the key of f * T, which the
 * partner test ("at least f times the greatest threat") uses.
 */
export interface ThreatScale {
  readonly key: ThreatScorer;
  /** For whole-number weights, the exponents of the product, so a hot loop can inline it. */
  readonly exponents?: FactorWeights;
  /** For other weights, each factor's weight divided by the total: key = sum of share * ln f. */
  readonly logShares?: FactorWeights;
  score(key: number): number;
  keyOf(score: number): number;
  times(factorKey: number, key: number): number;
}

const multiply = (a: number, b: number) => a * b;
const add = (a: number, b: number) => a + b;

/** The scale for the given weights. */
export function makeScale(weights: FactorWeights): ThreatScale {
  const wp = weights.power;
  const wx = weights.proximity;
  const wo = weights.offense;
  const wn = weights.intent;
  const total = wp + wx + wo + wn;
  const whole = [wp, wx, wo, wn].every((w) => Number.isInteger(w) && w <= 16);
  if (whole && total === 1) {
    const identity = (v: number) => v;
    const linear = { score: identity, keyOf: identity, times: multiply };
    if (wp === 1) return { key: (p) => p, ...linear };
    if (wx === 1) return { key: (_p, x) => x, ...linear };
    if (wo === 1) return { key: (_p, _x, o) => o, ...linear };
    return { key: (_p, _x, _o, n) => n, ...linear };
  }
  if (whole) {
    // T^W may underflow for absurdly small factors (below about 1e-280 overall); such a threat
    // then compares as 0, which changes no prediction.
    return {
      key: (p, x, o, n) => intPow(p, wp) * intPow(x, wx) * intPow(o, wo) * intPow(n, wn),
      exponents: weights,
      score: rootOf(total),
      keyOf: (score) => intPow(score, total),
      times: multiply,
    };
  }
  const logShares = { power: wp / total, proximity: wx / total, offense: wo / total, intent: wn / total };
  return {
    key: logarithmic(logShares),
    logShares,
    score: Math.exp,
    keyOf: (score) => (score > 0 ? Math.log(score) : -Infinity),
    times: add,
  };
}

/**
 * A scorer for the given weights: the weighted geometric mean prod f^(w_f / W) over the
 * factors with weight above zero.
 */
export function makeScorer(weights: FactorWeights): ThreatScorer {
  const scale = makeScale(weights);
  return (p, x, o, n) => scale.score(scale.key(p, x, o, n));
}

/** ln T = sum of share_f * ln f over the weighted factors; minus infinity when one of them is 0. */
function logarithmic(shares: FactorWeights): ThreatScorer {
  const ap = shares.power;
  const ax = shares.proximity;
  const ao = shares.offense;
  const an = shares.intent;
  return (p, x, o, n) => {
    if ((ap > 0 && p <= 0) || (ax > 0 && x <= 0) || (ao > 0 && o <= 0) || (an > 0 && n <= 0))
      return -Infinity;
    let sum = 0;
    if (ap > 0) sum += ap * Math.log(p);
    if (ax > 0) sum += ax * Math.log(x);
    if (ao > 0) sum += ao * Math.log(o);
    if (an > 0) sum += an * Math.log(n);
    return sum;
  };
}

/** f^k for a small whole k, by multiplication. */
export function intPow(f: number, k: number): number {
  let result = 1;
  for (let i = 0; i < k; i++) result *= f;
  return result;
}

/** The k-th root, with the common roots taken by square roots. */
function rootOf(k: number): (v: number) => number {
  if (k === 2) return Math.sqrt;
  if (k === 4) return (v) => Math.sqrt(Math.sqrt(v));
  const inverse = 1 / k;
  // exp(log(v) / k) is about twice as fast as Math.pow(v, 1 / k) in V8 and as exact here.
  return (v) => (v > 0 ? Math.exp(Math.log(v) * inverse) : 0);
}

/**
 * Each factor's share of a threat score, w_f * f / sum(w_g * g). This is a presentational
 * share of the weighted factors, not an exact decomposition of the geometric mean (which has
 * none that is additive). When every weighted factor is zero the shares follow the weights.
 */
export function factorShares(
  weights: FactorWeights,
  values: Readonly<Record<Factor, number>>,
): Record<Factor, number> {
  let total = 0;
  for (const f of FACTORS) total += weights[f] * values[f];
  const weightTotal = FACTORS.reduce((sum, f) => sum + weights[f], 0);
  const shares = {} as Record<Factor, number>;
  for (const f of FACTORS) {
    shares[f] = total > 0 ? (weights[f] * values[f]) / total : weightTotal > 0 ? weights[f] / weightTotal : 0;
  }
  return shares;
}
