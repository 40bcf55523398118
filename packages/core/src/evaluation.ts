/**
 * The result of evaluating a scenario under one theory, and of analysing it under both.
 */
import type { StateId, Theory } from './scenario.js';
import type { ModelSettings } from './settings.js';
import type {
  AllianceAssessment,
  ClaimResult,
  Coalition,
  Prediction,
  ThreatAssessment,
} from './explanation.js';

/** A scenario evaluated under one theory. Unknown identifiers give 0 or undefined, never an error. */
export interface Evaluation {
  readonly theory: Theory;
  /** The settings used: defaults, the scenario's overrides, clamped to their ranges. */
  readonly settings: ModelSettings;
  /** State identifiers in declaration order (a repeated identifier counts once). */
  readonly states: readonly StateId[];
  readonly predictions: ReadonlyMap<StateId, Prediction>;
  readonly coalitions: readonly Coalition[];
  /** One assessment per declared alliance, in declaration order. */
  readonly alliances: readonly AllianceAssessment[];
  /** How much `target` threatens `observer`, in [0, 1]; 0 for unknown states or a state and itself. */
  threat(observer: StateId, target: StateId): number;
  /** A state's power share; 0 for an unknown state. */
  power(state: StateId): number;
  /** The full assessment of `target` by `observer`, with its rank; undefined for unknown states. */
  assessment(observer: StateId, target: StateId): ThreatAssessment | undefined;
}

/** A scenario analysed under both theories, with its claims checked. */
export interface Analysis {
  readonly threat: Evaluation;
  readonly power: Evaluation;
  /** One result per claim, in the order of `Scenario.claims`. */
  readonly claims: readonly ClaimResult[];
}

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** Search a counterfactual for each failed claim (default true). */
  readonly counterfactuals?: boolean;
}
