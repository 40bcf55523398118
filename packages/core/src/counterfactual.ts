/**
 * Counterfactuals: for a claim that fails, the smallest change of one input that makes it hold.
 *
 * Candidates (docs/model.md, "Counterfactual search"):
 * - the perceptions of the deciding state (the claim's subject; the observer for
 *   `threatens-more`) about the relevant states;
 * - the declared intent and the offense of each relevant state (balance of threat only);
 * - the power share of the deciding state and of each relevant state;
 * - the theory's weights and the thresholds that can change the claim.
 * The relevant states are the ones the claim names plus, for a strategy claim, the subject's
 * five greatest threats and the five potential partners able to bring it most help: the
 * inputs through which one change can reach the subject's decision.
 *
 * Each candidate moves along its range in both directions. The search samples each direction
 * at growing steps, stops at the first value where the claim holds, and bisects between it and
 * the last value where it did not; the size of a change is its distance from the current value
 * as a fraction of the range. The smallest change wins (the first candidate on ties), rounded
 * to the precision it is shown with when the rounded value still works, and is confirmed on
 * the full model with `applyChange` before it is returned.
 */
import type { Counterfactual, FactChange } from './explanation.js';
import type { Claim, Scenario, StateId, Theory } from './scenario.js';
import type { Analysis, Evaluation } from './evaluation.js';
import { settingDescriptor, type SettingName } from './settings.js';
import { internalsOf, type EvaluationInternals } from './evaluation-internals.js';
import { WhatIfEngine, type EngineChange } from './what-if-engine.js';
import { claimStates, strategyClaimHolds, threatClaimHolds } from './claim-check.js';
import { rankedTargets } from './ranking.js';
import { helpFrom, isPartner } from './partners.js';
import { neutralSetting } from './neutral-threshold.js';
import { applyChange } from './apply-change.js';
import { describeChange } from './describe-change.js';
import { buildModelInputs } from './model-inputs.js';
import { evaluateInputs } from './evaluate.js';
import { checkClaim } from './claims.js';

/** How many of the subject's threats, and of its partners, count as relevant. */
const RELEVANT = 5;
/** Fractions of a direction's length sampled before bisecting, smallest first. */
const STEPS = [1 / 32, 1 / 8, 1 / 4, 1 / 2, 1];
/** Enough to place the boundary within 1/16,384 of a direction's length, finer than any value is shown. */
const BISECTIONS = 14;

interface Candidate {
  readonly change: EngineChange;
  readonly min: number;
  readonly max: number;
  readonly flag: boolean;
  /** Digits the value is shown with; a proposal is rounded to them when it still works. */
  readonly digits: number;
}

interface Found {
  readonly candidate: Candidate;
  readonly from: number;
  readonly to: number;
  readonly size: number;
}

/**
 * The smallest single change that makes a failed claim hold, or undefined when the claim holds,
 * names an unknown state, or no single change within the inputs' ranges makes it hold.
 *
 * @example
 * findCounterfactual(scenario, { kind: 'balances', subject: 'Italy', target: 'Austria-Hungary', negated: false, theory: 'threat' })
 *   ?.description; // "holds if Italy's perception of Austria-Hungary is at least 0.62 (now 0.40)"
 */
export function findCounterfactual(scenario: Scenario, claim: Claim): Counterfactual | undefined {
  const inputs = buildModelInputs(scenario);
  const evaluation = evaluateInputs(inputs, claim.theory);
  return searchCounterfactual(scenario, evaluation, claim);
}

/** The search on an existing evaluation under the claim's theory (used by `analyze`). */
export function searchCounterfactual(
  scenario: Scenario,
  evaluation: Evaluation,
  claim: Claim,
): Counterfactual | undefined {
  const internals = internalsOf(evaluation);
  if (internals === undefined || evaluation.theory !== claim.theory) return undefined;
  const table = internals.inputs.table;
  const indices = claimStates(claim).map((id) => table.indexOf(id));
  if (indices.some((i) => i < 0)) return undefined;

  const engine = new WhatIfEngine(internals);
  const holds = holdsWith(claim, indices, table.ids);
  if (holds(engine)) return undefined;

  const found: Found[] = [];
  let best = Infinity;
  for (const candidate of candidates(internals, claim, indices)) {
    const result = searchOne(engine, candidate, holds, best);
    if (result === undefined) continue;
    found.push(result);
    best = Math.min(best, result.size);
  }
  // Smallest first; a stable sort keeps candidate order on ties.
  found.sort((a, b) => a.size - b.size);
  for (const result of found) {
    const change = toFactChange(internals, result);
    if (confirm(scenario, applyChange(scenario, change), claim)) {
      return { change, description: `holds if ${describeChange(change, scenario, 'condition')}` };
    }
  }
  return undefined;
}

/** The claim as a test on the engine's current state. */
function holdsWith(claim: Claim, indices: number[], ids: readonly StateId[]): (e: WhatIfEngine) => boolean {
  if (claim.kind === 'threatens-more') {
    const [subject, observer, other] = indices as [number, number, number];
    // Keys order threats as scores do, so comparing keys is comparing scores.
    return (e) => threatClaimHolds(claim, e.key(observer, subject), e.key(observer, other));
  }
  const subject = indices[0]!;
  return (e) => {
    const { strategy, target } = e.decide(subject);
    return strategyClaimHolds(claim, strategy, target < 0 ? undefined : ids[target]);
  };
}

/** The candidate inputs for a claim, in a fixed order (ties go to the earlier one). */
function candidates(internals: EvaluationInternals, claim: Claim, indices: number[]): Candidate[] {
  const { inputs, theory } = internals;
  const unit = (change: EngineChange, digits = 2): Candidate => ({
    change,
    min: 0,
    max: 1,
    flag: false,
    digits,
  });
  const decider = claim.kind === 'threatens-more' ? indices[1]! : indices[0]!;
  const relevant = relevantStates(internals, claim, indices).filter((j) => j !== decider);

  const list: Candidate[] = [];
  if (theory === 'threat') {
    for (const j of relevant) list.push(unit({ kind: 'perception', observer: decider, target: j }));
    for (const j of relevant)
      list.push(unit({ kind: 'intent', state: j }), unit({ kind: 'offense', state: j }));
  }
  for (const j of [decider, ...relevant]) list.push(unit({ kind: 'power', state: j }, 3));
  for (const name of settingNames(theory, claim, inputs.wartime)) {
    const d = settingDescriptor(name)!;
    list.push({
      change: { kind: 'setting', name },
      min: d.min,
      max: d.max,
      flag: d.kind === 'flag',
      digits: d.kind === 'km' ? 0 : 2,
    });
  }
  return list;
}

function settingNames(theory: Theory, claim: Claim, wartime: boolean): SettingName[] {
  const weights: SettingName[] =
    theory === 'threat' ? ['weight-power', 'weight-proximity', 'weight-offense', 'weight-intent'] : [];
  if (claim.kind === 'threatens-more') return weights;
  const thresholds: SettingName[] = [
    neutralSetting(theory),
    'weakness',
    'ally-help',
    'bandwagon-proximity',
    'partner-threat',
    'great-powers-bandwagon',
  ];
  if (wartime) thresholds.push('wartime-weakness');
  return [...weights, ...thresholds];
}

/** The claim's states, then the subject's greatest threats, then its most helpful partners. */
function relevantStates(internals: EvaluationInternals, claim: Claim, indices: number[]): number[] {
  const { inputs, keys, strategies } = internals;
  const states = [...indices];
  if (claim.kind !== 'threatens-more') {
    const subject = indices[0]!;
    states.push(...rankedTargets(inputs, keys, subject).slice(0, RELEVANT));
    const threats = new Set(
      [strategies.main[subject]!, ...(claim.kind === 'neutral' ? [] : [indices[1]!])].filter((t) => t >= 0),
    );
    for (const t of threats) {
      const partners: number[] = [];
      for (let k = 0; k < inputs.table.size; k++)
        if (isPartner(inputs, strategies, subject, t, k)) partners.push(k);
      partners.sort((a, b) => helpFrom(inputs, subject, t, b) - helpFrom(inputs, subject, t, a) || a - b);
      states.push(...partners.slice(0, RELEVANT));
    }
  }
  return states.filter((s, i) => states.indexOf(s) === i);
}

/** The smallest change of one candidate that makes the claim hold, no larger than `limit`. */
function searchOne(
  engine: WhatIfEngine,
  candidate: Candidate,
  holds: (e: WhatIfEngine) => boolean,
  limit: number,
): Found | undefined {
  const from = engine.valueOf(candidate.change);
  const range = candidate.max - candidate.min;
  if (!(range > 0)) return undefined;
  const works = (value: number) => engine.tryValue(candidate.change, value, holds);
  const size = (value: number) => Math.abs(value - from) / range;

  if (candidate.flag) {
    const to = from >= 0.5 ? 0 : 1;
    return size(to) < limit && works(to) ? { candidate, from, to, size: size(to) } : undefined;
  }
  let best: Found | undefined;
  for (const end of [candidate.max, candidate.min]) {
    const span = end - from;
    if (span === 0) continue;
    let failing = from;
    for (const step of STEPS) {
      const value = from + span * step;
      if (size(value) >= Math.min(limit, best?.size ?? Infinity)) break;
      if (!works(value)) {
        failing = value;
        continue;
      }
      // No value between the last failure and this one can beat the best change found so far.
      if (size(failing) >= Math.min(limit, best?.size ?? Infinity)) break;
      let holding = value;
      for (let i = 0; i < BISECTIONS; i++) {
        const middle = (failing + holding) / 2;
        if (works(middle)) holding = middle;
        else failing = middle;
      }
      const to = rounded(candidate, from, holding, works);
      best = { candidate, from, to, size: size(to) };
      break;
    }
  }
  return best;
}

/** `value` rounded away from `from` to the digits it is shown with, when the claim still holds there. */
function rounded(candidate: Candidate, from: number, value: number, works: (v: number) => boolean): number {
  const factor = 10 ** candidate.digits;
  const away =
    value > from ? Math.ceil(value * factor - 1e-9) / factor : Math.floor(value * factor + 1e-9) / factor;
  const clamped = Math.min(candidate.max, Math.max(candidate.min, away));
  return clamped !== value && works(clamped) ? clamped : value;
}

function toFactChange(internals: EvaluationInternals, found: Found): FactChange {
  const ids = internals.inputs.table.ids;
  const { from, to } = found;
  const change = found.candidate.change;
  switch (change.kind) {
    case 'perception':
      return { kind: 'perception', observer: ids[change.observer]!, target: ids[change.target]!, from, to };
    case 'intent':
    case 'offense':
    case 'power':
      return { kind: change.kind, state: ids[change.state]!, from, to };
    case 'setting':
      return { kind: 'setting', name: change.name, from, to };
  }
}

/** The claim holds on the changed scenario by the full model. */
function confirm(original: Scenario, changed: Scenario, claim: Claim): boolean {
  if (changed === original) return false;
  const inputs = buildModelInputs(changed);
  const analysis: Analysis = {
    threat: evaluateInputs(inputs, 'threat'),
    power: evaluateInputs(inputs, 'power'),
    claims: [],
  };
  return checkClaim(changed, analysis, claim, 0).holds;
}
