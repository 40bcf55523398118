/**
 * A one-line summary of a scenario for a status bar: its title, year, how many states,
 * alliances and claims it has, and how many errors and warnings.
 */
import type { CheckedProgram } from '../check-program.js';
import type { Diagnostic } from '../diagnostic.js';
import type { ProgramEvaluation } from '../evaluate-program.js';

/** A scenario in a few numbers, for a status bar. */
export interface ScenarioSummary {
  readonly title: string;
  readonly year?: number;
  readonly states: number;
  readonly alliances: number;
  readonly claims: number;
  readonly variants: number;
  readonly errors: number;
  readonly warnings: number;
  /** Claims the model confirms, when it has run. */
  readonly claimsHolding?: number;
  /** `Europe, July 1914 (1914): 6 states, 2 alliances, 3 claims; 1 error` */
  readonly text: string;
}

/** The summary of a checked program and its diagnostics. */
export function scenarioSummary(
  checked: CheckedProgram,
  diagnostics: readonly Diagnostic[],
  evaluation?: ProgramEvaluation,
): ScenarioSummary {
  const scenario = checked.lowered.base.scenario;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const claimResults = evaluation?.base.analysis.claims;
  const claimsHolding = claimResults?.filter((c) => c.holds).length;
  const claims =
    count(scenario.claims.length, 'claim') +
    (claimsHolding !== undefined && scenario.claims.length > 0 ? ` (${claimsHolding} hold)` : '');
  const parts = [
    count(scenario.states.length, 'state'),
    count(scenario.alliances.length, 'alliance'),
    claims,
  ];
  const problems = [
    errors > 0 ? count(errors, 'error') : '',
    warnings > 0 ? count(warnings, 'warning') : '',
  ].filter(Boolean);
  const text = `${scenario.title}${scenario.year !== undefined ? ` (${scenario.year})` : ''}: ${parts.join(', ')}${problems.length > 0 ? `; ${problems.join(', ')}` : ''}`;
  return {
    title: scenario.title,
    ...(scenario.year !== undefined ? { year: scenario.year } : {}),
    states: scenario.states.length,
    alliances: scenario.alliances.length,
    claims: scenario.claims.length,
    variants: checked.lowered.variants.length,
    errors,
    warnings,
    ...(claimsHolding !== undefined ? { claimsHolding } : {}),
    text,
  };
}
