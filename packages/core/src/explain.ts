/**
 * `explain`: everything a student needs to check one prediction against the theory.
 */
import type { Contrast, Explanation, Prediction } from './explanation.js';
import type { ConceptId } from './glossary-ids.js';
import type { Factor, Scenario, StateId, Theory } from './scenario.js';
import type { Analysis } from './evaluation.js';
import { citationText, GLOSSARY } from './glossary.js';
import { nameOfState } from './display-names.js';
import { samePrediction } from './strategy-wording.js';

const FACTOR_CONCEPT: Readonly<Record<Factor, ConceptId>> = {
  power: 'aggregate-power',
  proximity: 'proximity',
  offense: 'offensive-capability',
  intent: 'aggressive-intentions',
};

/** The works each theory rests on, as listed in an explanation's sources. */
const THEORY_SOURCES: Readonly<Record<Theory, readonly ConceptId[]>> = {
  threat: ['balance-of-threat', 'balancing'],
  power: ['balance-of-power'],
};

/**
 * The explanation of `state`'s prediction under `theory` (balance of threat by default), with
 * the other theory's prediction for contrast. Undefined for a state the scenario does not have.
 *
 * @example
 * const analysis = analyze(scenario);
 * explain(scenario, analysis, 'Italy')?.mainThreat?.target; // 'Austria-Hungary'
 */
export function explain(
  scenario: Scenario,
  analysis: Analysis,
  state: StateId,
  theory: Theory = 'threat',
): Explanation | undefined {
  const own = theory === 'power' ? analysis.power : analysis.threat;
  const other = theory === 'power' ? analysis.threat : analysis.power;
  const prediction = own.predictions.get(state);
  const otherPrediction = other.predictions.get(state);
  if (prediction === undefined || otherPrediction === undefined) return undefined;
  const facts = (scenario.states ?? []).find((s) => s.id === state);
  const mainThreat = prediction.threats[0];
  const runnerUp = prediction.threats[1];
  const contrast: Contrast = {
    theory: other.theory,
    strategy: otherPrediction.strategy,
    ...(otherPrediction.target === undefined ? {} : { target: otherPrediction.target }),
    partners: otherPrediction.partners,
    diverges: !samePrediction(otherPrediction, prediction),
  };
  return {
    state,
    stateName: facts === undefined ? state : nameOfState(facts),
    theory,
    prediction,
    ...(mainThreat === undefined ? {} : { mainThreat }),
    ...(runnerUp === undefined ? {} : { runnerUp }),
    contrast,
    concepts: conceptsFor(scenario, analysis, prediction, contrast),
    sources: [
      ...(scenario.sources ?? []),
      ...THEORY_SOURCES[theory].map((id) => citationText(GLOSSARY[id].citation)),
    ].filter((s, i, all) => all.indexOf(s) === i),
  };
}

/**
 * The glossary entries an explanation rests on, most relevant first: the theory, the strategy,
 * the conditions of the rule that decided, the factors by their share of the main threat, then
 * the critiques that bear on this particular prediction.
 */
function conceptsFor(
  scenario: Scenario,
  analysis: Analysis,
  prediction: Prediction,
  contrast: Contrast,
): ConceptId[] {
  const concepts: ConceptId[] = [prediction.theory === 'power' ? 'balance-of-power' : 'balance-of-threat'];
  if (prediction.strategy === 'balance') concepts.push('balancing');
  if (prediction.strategy === 'bandwagon') concepts.push('bandwagoning');

  const rule = prediction.rule;
  const held = (id: string) => rule.conditions.some((c) => c.id === id && c.holds);
  if (rule.id === 'bandwagon-weak-exposed')
    concepts.push('weakness-condition', 'proximity', 'ally-availability');
  if (rule.id === 'bandwagon-wartime')
    concepts.push('wartime-condition', 'weakness-condition', 'ally-availability');
  if (rule.id === 'balance' && held('weak')) concepts.push('weakness-condition', 'ally-availability');

  const main = prediction.threats[0];
  if (main !== undefined) {
    const weighted = main.factors.filter((f) => f.weight > 0).sort((a, b) => b.share - a.share);
    for (const f of weighted) concepts.push(FACTOR_CONCEPT[f.factor]);
    // The threat rests on an intent nobody declared: the information Keohane says the theory needs.
    const intent = main.factors.find((f) => f.factor === 'intent');
    if (prediction.theory === 'threat' && intent !== undefined && intent.basis.startsWith('not declared'))
      concepts.push('keohane-1988');
  }

  if (prediction.strategy === 'neutral' && main !== undefined && rule.id === 'no-threat') {
    const othersBalance = [...analysisFor(analysis, prediction.theory).predictions.values()].some(
      (p) => p.state !== prediction.state && p.strategy === 'balance' && p.target === main.target,
    );
    if (othersBalance) concepts.push('buck-passing');
  }
  if (prediction.strategy === 'balance' && inAllianceFacingAnotherThreat(scenario, analysis, prediction))
    concepts.push('chain-ganging');
  if (prediction.strategy === 'bandwagon') concepts.push('schweller-1994', 'labs-1992');
  if (contrast.diverges) concepts.push('vasquez-1997');
  return concepts.filter((c, i) => concepts.indexOf(c) === i);
}

function analysisFor(analysis: Analysis, theory: Theory) {
  return theory === 'power' ? analysis.power : analysis.threat;
}

/** A balancer bound by a declared alliance to a partner that faces a different threat. */
function inAllianceFacingAnotherThreat(
  scenario: Scenario,
  analysis: Analysis,
  prediction: Prediction,
): boolean {
  const predictions = analysisFor(analysis, prediction.theory).predictions;
  return (scenario.alliances ?? []).some(
    (alliance) =>
      (alliance.members ?? []).includes(prediction.state) &&
      (alliance.members ?? []).some((m) => {
        const other = predictions.get(m);
        return m !== prediction.state && other?.strategy === 'balance' && other.target !== prediction.target;
      }),
  );
}
