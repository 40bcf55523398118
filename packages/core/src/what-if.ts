/**
 * `whatIf`: one input changed, the model run again, and the comparison with the base. The
 * bot's what-if answers (and any other caller) ask this instead of running the model
 * themselves.
 */
import { analyze } from './analyze.js';
import { applyChange } from './apply-change.js';
import { compareAnalyses, type AnalysisComparison } from './compare-analyses.js';
import type { Analysis } from './evaluation.js';
import type { FactChange } from './explanation.js';
import type { Scenario } from './scenario.js';

/** A what-if: the changed scenario, its analysis and what differs from the base. */
export interface WhatIfResult {
  readonly scenario: Scenario;
  readonly analysis: Analysis;
  readonly comparison: AnalysisComparison;
}

/**
 * Applies `change` to `scenario` (see `applyChange`), analyses the result under both theories
 * and compares it with `base`, the analysis of `scenario` itself. Claims are left out of the
 * changed analysis: a what-if asks about predictions, and checking claims would only cost time.
 *
 * @example
 * const result = whatIf(scenario, analysis, { kind: 'intent', state: 'GER', from: 0.7, to: 0.1 });
 * result.comparison.predictions.threat; // who now does something else under balance of threat
 */
export function whatIf(scenario: Scenario, base: Analysis, change: FactChange): WhatIfResult {
  const changed = { ...applyChange(scenario, change), claims: [] };
  const analysis = analyze(changed, { counterfactuals: false });
  return { scenario: changed, analysis, comparison: compareAnalyses(base, analysis) };
}
