/**
 * Every state's strategy under one threat matrix: the rules of `rules/` applied to each state,
 * with the partners' help they need.
 *
 * Whether a weak state can count on help depends on whether its would-be partners bandwagon,
 * which depends on their help in turn. The model settles this by repetition: it starts from
 * "nobody bandwagons", decides every state that could bandwagon, removes the new bandwagoners
 * from the partner sets of their threat, and decides again the states facing that threat,
 * until nothing changes. Each round only adds bandwagoners (help can only shrink), so the
 * repetition ends, and since a round decides all affected states from the same snapshot,
 * declaration order does not matter.
 */
import type { RuleId, RuleOutcome, Strategy } from './explanation.js';
import type { ModelInputs } from './model-inputs.js';
import type { Theory } from './scenario.js';
import { mainThreatOf } from './ranking.js';
import { allyHelp, type PartnerState } from './partners.js';
import { decide } from './rules/index.js';
import { powerRatio, type RuleContext } from './rules/rule-context.js';
import { neutralSetting, type NeutralSetting } from './neutral-threshold.js';
import type { ThreatScale } from './threat-score.js';

/**
 * Each state's main threat, threat score, strategy and deciding rule, with its partners, as arrays
 * indexed by state.
 */
export interface Strategies extends PartnerState {
  /** Each state's greatest threat, or -1. */
  readonly main: Int32Array;
  /** Each state's greatest threat score, in [0, 1] (0 when it has no rivals). */
  readonly maxScore: Float64Array;
  readonly scale: ThreatScale;
  /** The threat score of `target` for `observer`. */
  score(observer: number, target: number): number;
  /** The rule that decided each state. */
  readonly rules: readonly RuleId[];
  /** The rule outcome of a state with its sentences, written on first request. */
  outcomeOf(state: number): RuleOutcome;
  strategyOf(state: number): Strategy;
  /** The state balanced against or bandwagoned with, or -1 for a neutral state. */
  targetOf(state: number): number;
}

/** The strategy a rule leads to. */
export function strategyOfRule(id: RuleOutcome['id']): Strategy {
  switch (id) {
    case 'no-rivals':
    case 'no-threat':
      return 'neutral';
    case 'bandwagon-weak-exposed':
    case 'bandwagon-wartime':
      return 'bandwagon';
    default:
      return 'balance';
  }
}

/** Each state's main threat, its key and its score. O(n^2). */
export function mainThreats(
  inputs: ModelInputs,
  keys: Float64Array,
  scale: ThreatScale,
): { main: Int32Array; maxKey: Float64Array; maxScore: Float64Array } {
  const n = inputs.table.size;
  const main = new Int32Array(n);
  const maxKey = new Float64Array(n);
  const maxScore = new Float64Array(n);
  for (let i = 0; i < n; i++) updateMainThreat(inputs, keys, scale, { main, maxKey, maxScore }, i);
  return { main, maxKey, maxScore };
}

/** Recomputes one state's main threat in place. O(n). */
export function updateMainThreat(
  inputs: ModelInputs,
  keys: Float64Array,
  scale: ThreatScale,
  into: { main: Int32Array; maxKey: Float64Array; maxScore: Float64Array },
  i: number,
): void {
  const n = inputs.table.size;
  const m = mainThreatOf(inputs, keys, i);
  into.main[i] = m;
  into.maxKey[i] = m >= 0 ? keys[i * n + m]! : scale.keyOf(0);
  into.maxScore[i] = m >= 0 ? scale.score(into.maxKey[i]!) : 0;
}

/** The threat keys, each state's main threat, and the theory: what deciding a state needs. */
export interface DecisionBasis {
  readonly inputs: ModelInputs;
  readonly keys: Float64Array;
  readonly scale: ThreatScale;
  readonly main: Int32Array;
  readonly maxKey: Float64Array;
  readonly maxScore: Float64Array;
  readonly theory: Theory;
}

function partnerState(basis: DecisionBasis, bandwagonWith: Int32Array): PartnerState {
  const s = basis.inputs.settings;
  return {
    keys: basis.keys,
    maxKey: basis.maxKey,
    bandwagonWith,
    neutralKey: basis.scale.keyOf(s[neutralSetting(basis.theory)]),
    partnerKey: basis.scale.keyOf(s['partner-threat']),
    scale: basis.scale,
  };
}

/**
 * Settles who bandwagons: the repetition described above, run only over the states that could
 * bandwagon at all (see `mayBandwagon`). Returns, for each state, the state it bandwagons with
 * or -1. O(n) plus O(n) per decision of a possible bandwagoner.
 *
 * With `facing` set, only the states whose main threat is `facing` are settled. That is enough
 * to decide any state facing it: a state's help against t only counts partners that do not
 * bandwagon with t, and only states whose main threat is t can bandwagon with t, so the
 * repetition never leaves that group.
 */
export function settleBandwagoners(basis: DecisionBasis, facing?: number): Int32Array {
  const { inputs, main } = basis;
  const n = inputs.table.size;
  const neutral = inputs.settings[neutralSetting(basis.theory)];
  const bandwagonWith = new Int32Array(n).fill(-1);
  const state = partnerState(basis, bandwagonWith);
  const possible: number[] = [];
  for (let i = 0; i < n; i++)
    if ((facing === undefined || main[i] === facing) && mayBandwagon(basis, neutral, i)) possible.push(i);

  let dirty = possible;
  // Bounded for safety; the monotone argument above says n + 1 rounds always suffice.
  for (let round = 0; round <= n && dirty.length > 0; round++) {
    const decided = dirty.map((i) => decideOne(basis, state, i).id);
    const changedThreats = new Set<number>();
    dirty.forEach((i, at) => {
      const now = strategyOfRule(decided[at]!) === 'bandwagon' ? main[i]! : -1;
      if (now !== bandwagonWith[i]) {
        if (bandwagonWith[i]! >= 0) changedThreats.add(bandwagonWith[i]!);
        if (now >= 0) changedThreats.add(now);
        bandwagonWith[i] = now;
      }
    });
    dirty = changedThreats.size === 0 ? [] : possible.filter((i) => changedThreats.has(main[i]!));
  }
  return bandwagonWith;
}

/**
 * Decides one state given who bandwagons; returns its rule outcome and the help it was counted.
 * With `describe` false the outcome's conditions carry no sentences (see `RuleContext`).
 */
export function decideState(
  basis: DecisionBasis,
  bandwagonWith: Int32Array,
  i: number,
  describe = true,
): { outcome: RuleOutcome; help: number } {
  const neutral = basis.inputs.settings[neutralSetting(basis.theory)];
  const help = helpFor(basis, partnerState(basis, bandwagonWith), neutral, i);
  return { outcome: decide(contextFor(basis, help, i, describe)), help };
}

/**
 * Decides every state's strategy. Once the bandwagoners are settled, a state that could not
 * bandwagon is decided without counting its help (no rule it can reach reads it); the help is
 * counted when its outcome is described.
 */
export function computeStrategies(
  inputs: ModelInputs,
  keys: Float64Array,
  scale: ThreatScale,
  theory: Theory,
): Strategies {
  const n = inputs.table.size;
  const { main, maxKey, maxScore } = mainThreats(inputs, keys, scale);
  const basis: DecisionBasis = { inputs, keys, scale, main, maxKey, maxScore, theory };
  const bandwagonWith = settleBandwagoners(basis);
  const neutral = inputs.settings[neutralSetting(theory)];
  const rules: RuleId[] = [];
  for (let i = 0; i < n; i++) {
    const outcome = mayBandwagon(basis, neutral, i)
      ? decideState(basis, bandwagonWith, i, false).outcome
      : decide(contextFor(basis, 0, i, false));
    rules.push(outcome.id);
  }
  const described: (RuleOutcome | undefined)[] = new Array<RuleOutcome | undefined>(n);
  return {
    ...partnerState(basis, bandwagonWith),
    maxScore,
    score: (i, j) => scale.score(keys[i * n + j]!),
    main,
    rules,
    outcomeOf: (i) => (described[i] ??= decideState(basis, bandwagonWith, i, true).outcome),
    strategyOf: (i) => strategyOfRule(rules[i]!),
    targetOf: (i) => (strategyOfRule(rules[i]!) === 'neutral' ? -1 : main[i]!),
  };
}

function decideOne(basis: DecisionBasis, state: PartnerState, i: number): RuleOutcome {
  const neutral = basis.inputs.settings[neutralSetting(basis.theory)];
  return decide(contextFor(basis, helpFor(basis, state, neutral, i), i, false));
}

/**
 * Help matters only to a state that may reach the bandwagoning rules; the rules before them
 * (`no-rivals`, `no-threat`, `great-power-balances`) never read it, so it is skipped for
 * states those rules decide. This saves an O(n) pass per such state and changes no outcome.
 */
function reachesBandwagonRules(basis: DecisionBasis, neutral: number, i: number): boolean {
  const { inputs } = basis;
  if (basis.main[i]! < 0 || basis.maxScore[i]! < neutral) return false;
  return !(inputs.majors[i] === 1 && inputs.settings['great-powers-bandwagon'] === 0);
}

function helpFor(basis: DecisionBasis, state: PartnerState, neutral: number, i: number): number {
  return reachesBandwagonRules(basis, neutral, i) ? allyHelp(basis.inputs, state, i, basis.main[i]!) : 0;
}

/**
 * A state can bandwagon only if it reaches the bandwagoning rules and meets every condition of
 * one of them except the one about allies: weak and close to its main threat
 * (`bandwagon-weak-exposed`), or weak by the wartime threshold in a wartime scenario
 * (`bandwagon-wartime`). Every other state's strategy cannot depend on who else bandwagons, so
 * the repetition leaves it out. The tests check that no state outside this set ever bandwagons.
 */
export function mayBandwagon(basis: DecisionBasis, neutral: number, i: number): boolean {
  if (!reachesBandwagonRules(basis, neutral, i)) return false;
  const { inputs } = basis;
  const s = inputs.settings;
  const t = basis.main[i]!;
  const ratio = powerRatio(inputs.power[i]!, inputs.power[t]!);
  const close = inputs.geography.proximity[i * inputs.table.size + t]! >= s['bandwagon-proximity'];
  return (ratio < s.weakness && close) || (inputs.wartime && ratio < s['wartime-weakness']);
}

function contextFor(basis: DecisionBasis, help: number, i: number, describe: boolean): RuleContext {
  const { inputs, main, maxScore } = basis;
  const n = inputs.table.size;
  const t = main[i]!;
  const setting: NeutralSetting = neutralSetting(basis.theory);
  return {
    name: inputs.table.names[i]!,
    rivals: n - 1,
    major: inputs.majors[i] === 1,
    power: inputs.power[i]!,
    threat:
      t < 0
        ? undefined
        : {
            name: inputs.table.names[t]!,
            score: maxScore[i]!,
            power: inputs.power[t]!,
            proximity: inputs.geography.proximity[i * n + t]!,
          },
    help,
    wartime: inputs.wartime,
    settings: inputs.settings,
    neutralSetting: setting,
    describe,
  };
}
