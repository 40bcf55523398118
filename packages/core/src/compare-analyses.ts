/**
 * The comparison of two analyses of the same states: which predictions changed and which
 * threats moved most. A what-if answer and anything else that puts "before" beside "after"
 * read this one comparison instead of diffing predictions themselves.
 */
import type { Prediction } from './explanation.js';
import type { Analysis } from './evaluation.js';
import type { StateId, Theory } from './scenario.js';
import { samePrediction } from './strategy-wording.js';

/** One state whose prediction differs between the two analyses, under one theory. */
export interface PredictionChange {
  readonly state: StateId;
  readonly before: Prediction;
  readonly after: Prediction;
}

/** How much `target` threatens `observer` before and after, under balance of threat. */
export interface ThreatMove {
  readonly observer: StateId;
  readonly target: StateId;
  readonly before: number;
  readonly after: number;
}

/** What changed from one analysis to the other. */
export interface AnalysisComparison {
  /** Per theory, the states whose strategy or target changed, in the base's declaration order. */
  readonly predictions: Readonly<Record<Theory, readonly PredictionChange[]>>;
  /** Threat scores that moved by at least `minThreatMove`, largest move first. */
  readonly threats: readonly ThreatMove[];
}

/** Options of `compareAnalyses`. */
export interface CompareOptions {
  /**
   * The smallest change of a threat score worth reporting (default 0.005: half the last
   * digit the answers print, so no move shows as "0.64 → 0.64").
   */
  readonly minThreatMove?: number;
}

const DEFAULT_MIN_THREAT_MOVE = 0.005;

/**
 * Compares `changed` with `base`. States are those of `base`; a state missing from either
 * analysis is skipped. Ties between equal threat moves keep the base's order (observer, then
 * target), so the result is deterministic.
 *
 * @example
 * const comparison = compareAnalyses(analyze(scenario), analyze(applyChange(scenario, change)));
 * comparison.predictions.threat.map((c) => c.state); // the states that now do something else
 */
export function compareAnalyses(
  base: Analysis,
  changed: Analysis,
  options: CompareOptions = {},
): AnalysisComparison {
  const predictions = {
    threat: changedPredictions(base, changed, 'threat'),
    power: changedPredictions(base, changed, 'power'),
  };
  const min = options.minThreatMove ?? DEFAULT_MIN_THREAT_MOVE;
  const ids = base.threat.states;
  const threats: ThreatMove[] = [];
  for (const observer of ids) {
    for (const target of ids) {
      if (observer === target) continue;
      const before = base.threat.threat(observer, target);
      const after = changed.threat.threat(observer, target);
      if (Math.abs(after - before) >= min) threats.push({ observer, target, before, after });
    }
  }
  // Array.prototype.sort is stable, so equal moves keep their order.
  threats.sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before));
  return { predictions, threats };
}

function changedPredictions(base: Analysis, changed: Analysis, theory: Theory): PredictionChange[] {
  const result: PredictionChange[] = [];
  for (const state of base[theory].states) {
    const before = base[theory].predictions.get(state);
    const after = changed[theory].predictions.get(state);
    if (before && after && !samePrediction(before, after)) result.push({ state, before, after });
  }
  return result;
}
