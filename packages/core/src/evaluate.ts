/**
 * `evaluate`: a scenario under one theory -- threat matrix, strategies, coalitions, alliances.
 */
import type { Scenario, StateId, Theory } from './scenario.js';
import type { Prediction, ThreatAssessment } from './explanation.js';
import type { Evaluation } from './evaluation.js';
import { buildModelInputs, type ModelInputs } from './model-inputs.js';
import { makeScale, theoryWeights, type FactorWeights } from './threat-score.js';
import { buildThreatKeys } from './threat-matrix.js';
import { computeStrategies, type Strategies } from './strategies.js';
import { buildCoalitions } from './coalitions.js';
import { assessAlliances } from './alliance-assessment.js';
import { rankedTargets } from './ranking.js';
import { buildAssessment } from './assessment.js';
import { helpFrom } from './partners.js';
import { attachInternals } from './evaluation-internals.js';

/**
 * Evaluates a scenario under balance of threat (the default) or balance of power.
 * Never throws on bad facts: unknown states in links, perceptions or alliances are ignored.
 *
 * @example
 * const result = evaluate(scenario);
 * result.predictions.get('Britain')?.strategy; // 'balance'
 */
export function evaluate(scenario: Scenario, theory: Theory = 'threat'): Evaluation {
  return evaluateInputs(buildModelInputs(scenario), theory);
}

/** Evaluates already derived inputs; `analyze` uses it to share one geography between theories. */
export function evaluateInputs(inputs: ModelInputs, theory: Theory): Evaluation {
  const weights = theoryWeights(theory, inputs.settings);
  const scale = makeScale(weights);
  const keys = buildThreatKeys(inputs, scale);
  const strategies = computeStrategies(inputs, keys, scale, theory);
  const n = inputs.table.size;
  const ids = inputs.table.ids;

  let balancersByTarget: Map<number, number[]> | undefined;
  const balancersAgainst = (t: number): number[] => {
    if (balancersByTarget === undefined) {
      balancersByTarget = new Map();
      for (let k = 0; k < n; k++) {
        if (strategies.strategyOf(k) !== 'balance') continue;
        const target = strategies.targetOf(k);
        const list = balancersByTarget.get(target);
        if (list === undefined) balancersByTarget.set(target, [k]);
        else list.push(k);
      }
    }
    return balancersByTarget.get(t) ?? [];
  };

  const predictions = new Map<StateId, Prediction>();
  for (let i = 0; i < n; i++) {
    predictions.set(ids[i]!, buildPrediction(inputs, theory, weights, strategies, i, balancersAgainst));
  }

  const evaluation: Evaluation = {
    theory,
    settings: inputs.settings,
    states: ids,
    predictions,
    coalitions: buildCoalitions(inputs, strategies),
    alliances: assessAlliances(inputs, strategies),
    threat: (observer, target) => {
      const i = inputs.table.indexOf(observer);
      const j = inputs.table.indexOf(target);
      return i < 0 || j < 0 || i === j ? 0 : strategies.score(i, j);
    },
    power: (state) => {
      const i = inputs.table.indexOf(state);
      return i < 0 ? 0 : inputs.power[i]!;
    },
    assessment: (observer, target) => {
      const i = inputs.table.indexOf(observer);
      const j = inputs.table.indexOf(target);
      if (i < 0 || j < 0 || i === j) return undefined;
      return predictions.get(ids[i]!)!.threats.find((a) => a.target === ids[j]);
    },
  };
  attachInternals(evaluation, { inputs, theory, weights, scale, keys, strategies });
  return evaluation;
}

function buildPrediction(
  inputs: ModelInputs,
  theory: Theory,
  weights: FactorWeights,
  strategies: Strategies,
  i: number,
  balancersAgainst: (t: number) => number[],
): Prediction {
  const ids = inputs.table.ids;
  const strategy = strategies.strategyOf(i);
  const t = strategies.targetOf(i);
  let partners: StateId[] | undefined;
  let threats: ThreatAssessment[] | undefined;
  // The costly parts are getters computed on first read (an own enumerable property of a plain
  // object, so JSON.stringify, spreading and deep equality see them): most readers look at a
  // few predictions, and 1,000 states have a million threat assessments.
  return {
    state: ids[i]!,
    theory,
    strategy,
    ...(t >= 0 ? { target: ids[t]! } : {}),
    get partners() {
      if (partners !== undefined) return partners;
      if (strategy === 'bandwagon') partners = [ids[t]!];
      else if (strategy !== 'balance') partners = [];
      else
        partners = orderByHelp(
          inputs,
          i,
          t,
          balancersAgainst(t).filter((k) => k !== i),
        ).map((k) => ids[k]!);
      return partners;
    },
    get threats() {
      return (threats ??= rankedTargets(inputs, strategies.keys, i).map((j, at) =>
        buildAssessment(inputs, weights, strategies.score(i, j), i, j, at + 1),
      ));
    },
    get rule() {
      return strategies.outcomeOf(i);
    },
  };
}

/** Fellow balancers, the ones able to bring most help first; then by power, then identifier. */
function orderByHelp(inputs: ModelInputs, i: number, t: number, partners: number[]): number[] {
  const help = new Map(partners.map((k) => [k, helpFrom(inputs, i, t, k)]));
  return partners.sort(
    (a, b) =>
      help.get(b)! - help.get(a)! ||
      inputs.power[b]! - inputs.power[a]! ||
      inputs.table.idRank[a]! - inputs.table.idRank[b]!,
  );
}
