/**
 * The model's output: predictions and the explanation behind each one.
 *
 * One `Explanation` object per prediction is the contract between the model and every
 * consumer: the CLI prints it, the editor renders it in a hover, the bot turns it into an
 * embed. Consumers render; they never recompute.
 */
import type { Claim, Factor, StateId, Theory } from './scenario.js';
import type { ConceptId } from './glossary-ids.js';
import type { SettingName } from './settings.js';

/**
 * What the model predicts a state does: balance against its main threat, bandwagon with it, or
 * stay neutral.
 */
export type Strategy = 'balance' | 'bandwagon' | 'neutral';

/** One factor's part in a threat score. */
export interface FactorContribution {
  readonly factor: Factor;
  /** The factor's value for this observer-target pair, in [0, 1]. */
  readonly value: number;
  /** The weight the settings give the factor. */
  readonly weight: number;
  /** The factor's share of the threat, in [0, 1]; shares over the weighted factors sum to 1. */
  readonly share: number;
  /** Where the value comes from, in words: "land border", "perceived as hostile (0.90)". */
  readonly basis: string;
}

/** How much `target` threatens `observer`, and why. */
export interface ThreatAssessment {
  readonly observer: StateId;
  readonly target: StateId;
  /** The threat score in [0, 1]. */
  readonly score: number;
  /** 1 for the greatest threat to the observer. */
  readonly rank: number;
  readonly factors: readonly FactorContribution[];
}

/** A condition a rule tested, with the number compared and the threshold it was compared to. */
export interface RuleCondition {
  readonly id: string;
  /** A short name: "weak against the threat". */
  readonly label: string;
  readonly value: number;
  readonly threshold: number;
  /** The setting the threshold comes from, so a reader can change it. */
  readonly setting?: SettingName;
  readonly holds: boolean;
  /** The comparison in words: "power ratio 0.07 is below the weakness threshold 0.25". */
  readonly text: string;
}

/** The rule that decided a state's strategy; one per file in `rules/`, tried in the order of `RULES`. */
export type RuleId =
  | 'no-threat'
  | 'great-power-balances'
  | 'bandwagon-weak-exposed'
  | 'bandwagon-wartime'
  | 'balance'
  | 'no-rivals';

/** The rule that decided a state's strategy. */
export interface RuleOutcome {
  readonly id: RuleId;
  /** One sentence: "Weak, next to the threat and without allies able to help, it bandwagons". */
  readonly summary: string;
  readonly conditions: readonly RuleCondition[];
}

/** A state's predicted alignment under one theory. */
export interface Prediction {
  readonly state: StateId;
  readonly theory: Theory;
  readonly strategy: Strategy;
  /** The threat the strategy answers: balanced against, or bandwagoned with. */
  readonly target?: StateId;
  /** Whom it should align with: fellow balancers, or the threat itself when bandwagoning. */
  readonly partners: readonly StateId[];
  /** Every other state ranked by the threat it poses to this one, greatest first. */
  readonly threats: readonly ThreatAssessment[];
  readonly rule: RuleOutcome;
}

/** The prediction of the other theory, shown for contrast. */
export interface Contrast {
  readonly theory: Theory;
  readonly strategy: Strategy;
  readonly target?: StateId;
  readonly partners: readonly StateId[];
  /** The two theories disagree on the strategy or on its target. */
  readonly diverges: boolean;
}

/** Everything needed to explain one prediction to a student. */
export interface Explanation {
  readonly state: StateId;
  readonly stateName: string;
  readonly theory: Theory;
  readonly prediction: Prediction;
  readonly mainThreat?: ThreatAssessment;
  readonly runnerUp?: ThreatAssessment;
  readonly contrast: Contrast;
  /** Glossary entries the explanation rests on, most relevant first. */
  readonly concepts: readonly ConceptId[];
  /** The scenario's sources, then the theory's. */
  readonly sources: readonly string[];
}

/** A group of states predicted to stand together. */
export interface Coalition {
  readonly members: readonly StateId[];
  /** The states the coalition balances against (empty for a coalition formed by bandwagoning alone). */
  readonly against: readonly StateId[];
  /** Members that joined by bandwagoning with a stronger member. */
  readonly bandwagoners: readonly StateId[];
}

/**
 * A declared alliance read against the prediction: members balancing together, bandwagoning with
 * their leader, or neither (an anomaly the theory does not explain).
 */
export type AllianceVerdict = 'balancing' | 'bandwagoning' | 'anomalous';

/** A declared alliance held against the prediction. */
export interface AllianceAssessment {
  readonly name: string;
  readonly members: readonly StateId[];
  readonly verdict: AllianceVerdict;
  /** The threat the members share, for a balancing alliance. */
  readonly commonThreat?: StateId;
  readonly reason: string;
}

/** A single change of one model input, as proposed by a counterfactual or asked by a what-if. */
export type FactChange =
  | {
      readonly kind: 'perception';
      readonly observer: StateId;
      readonly target: StateId;
      readonly from: number;
      readonly to: number;
    }
  | { readonly kind: 'intent'; readonly state: StateId; readonly from: number; readonly to: number }
  | { readonly kind: 'offense'; readonly state: StateId; readonly from: number; readonly to: number }
  | { readonly kind: 'power'; readonly state: StateId; readonly from: number; readonly to: number }
  | { readonly kind: 'setting'; readonly name: SettingName; readonly from: number; readonly to: number };

/** The smallest single change found that would make a failed claim hold. */
export interface Counterfactual {
  readonly change: FactChange;
  /** "holds if Italy's perception of Austria-Hungary is at least 0.62 (now 0.40)". */
  readonly description: string;
}

/**
 * The model's verdict on one claim, under the claim's theory, with a counterfactual when it fails
 * and one was searched for.
 */
export interface ClaimResult {
  readonly claim: Claim;
  /** Index of the claim in `Scenario.claims`. */
  readonly index: number;
  readonly holds: boolean;
  /** Why it holds or fails, in one sentence. */
  readonly reason: string;
  /** The explanation of the subject's prediction under the claim's theory. */
  readonly explanation?: Explanation;
  /** For a failed claim, when the search found one. */
  readonly counterfactual?: Counterfactual;
}
