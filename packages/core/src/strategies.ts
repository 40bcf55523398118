/**
 * Every state's strategy under one threat matrix: the rules of `rules/` applied to each state,
 * with the partners' help they need.
 *
 * Whether a weak state can count on help depends on whether its would-be partners bandwagon,
 * which depends on their help in turn. The model settles this by repetition: it starts from
 * "nobody bandwagons", decides every state, removes the new bandwagoners from the partner sets
 * of their threat, and decides again the states facing that threat, until nothing changes.
 * Each round only adds bandwagoners (help can only shrink), so the repetition ends, and since
 * a round decides all affected states from the same snapshot, order does not matter.
 */
import type { RuleOutcome, Strategy } from './explanation.js';
import type { ModelInputs } from './model-inputs.js';
import { mainThreatOf } from './ranking.js';
import { allyHelp, type PartnerState } from './partners.js';
import { decide } from './rules/index.js';
import type { RuleContext } from './rules/rule-context.js';
import type { Theory } from './scenario.js';
import { neutralSetting, type NeutralSetting } from './neutral-threshold.js';

export interface Strategies extends PartnerState {
  /** Each state's greatest threat, or -1. */
  readonly main: Int32Array;
  /** The help each state's partners can bring against its main threat (0 when not needed). */
  readonly help: Float64Array;
  readonly outcomes: readonly RuleOutcome[];
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

/** Decides every state's strategy. O(n^2) per round; rounds after the first touch only affected states. */
export function computeStrategies(inputs: ModelInputs, threat: Float64Array, theory: Theory): Strategies {
  const n = inputs.table.size;
  const setting = neutralSetting(theory);
  const neutral = inputs.settings[setting];
  const main = new Int32Array(n);
  const maxScore = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    main[i] = mainThreatOf(inputs, threat, i);
    maxScore[i] = main[i]! >= 0 ? threat[i * n + main[i]!]! : 0;
  }
  const bandwagonWith = new Int32Array(n).fill(-1);
  const state: PartnerState = { threat, maxScore, bandwagonWith, neutral };
  const help = new Float64Array(n);
  const outcomes: RuleOutcome[] = new Array<RuleOutcome>(n);

  let dirty: number[] = Array.from({ length: n }, (_, i) => i);
  // Bounded for safety; the monotone argument above says n + 1 rounds always suffice.
  for (let round = 0; round <= n && dirty.length > 0; round++) {
    const decided = dirty.map((i) => {
      help[i] = needsHelp(inputs, neutral, maxScore, i, main[i]!) ? allyHelp(inputs, state, i, main[i]!) : 0;
      return decide(contextFor(inputs, setting, main, maxScore, help, i));
    });
    const changedThreats = new Set<number>();
    dirty.forEach((i, at) => {
      const outcome = decided[at]!;
      outcomes[i] = outcome;
      const now = strategyOfRule(outcome.id) === 'bandwagon' ? main[i]! : -1;
      if (now !== bandwagonWith[i]) {
        if (bandwagonWith[i]! >= 0) changedThreats.add(bandwagonWith[i]!);
        if (now >= 0) changedThreats.add(now);
        bandwagonWith[i] = now;
      }
    });
    dirty = [];
    if (changedThreats.size > 0) for (let i = 0; i < n; i++) if (changedThreats.has(main[i]!)) dirty.push(i);
  }

  return {
    threat,
    maxScore,
    bandwagonWith,
    neutral,
    main,
    help,
    outcomes,
    strategyOf: (i) => strategyOfRule(outcomes[i]!.id),
    targetOf: (i) => (strategyOfRule(outcomes[i]!.id) === 'neutral' ? -1 : main[i]!),
  };
}

/**
 * Help matters only to a state that may reach the bandwagoning rules; the rules before them
 * (`no-rivals`, `no-threat`, `great-power-balances`) never read it, so it is skipped for
 * states those rules decide. This saves an O(n) pass per such state and changes no outcome.
 */
function needsHelp(inputs: ModelInputs, neutral: number, maxScore: Float64Array, i: number, main: number): boolean {
  if (main < 0 || maxScore[i]! < neutral) return false;
  return !(inputs.majors[i] === 1 && inputs.settings['great-powers-bandwagon'] === 0);
}

function contextFor(
  inputs: ModelInputs,
  setting: NeutralSetting,
  main: Int32Array,
  maxScore: Float64Array,
  help: Float64Array,
  i: number,
): RuleContext {
  const n = inputs.table.size;
  const t = main[i]!;
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
    help: help[i]!,
    wartime: inputs.wartime,
    settings: inputs.settings,
    neutralSetting: setting,
  };
}
