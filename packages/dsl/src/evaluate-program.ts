/**
 * The model over a checked program: the base scenario and every variant analysed under both
 * theories, and each failed `expect` claim turned into a `claim-failed` warning that carries
 * the model's explanation, the counterfactual and a fix applying it.
 */
import {
  analyze,
  describeClaim,
  type Analysis,
  type AnalyzeOptions,
  type ClaimResult,
  type Scenario,
} from '@threatlab/core';
import { checkProgram, type CheckedProgram, type CheckOptions } from './check-program.js';
import type { Diagnostic } from './diagnostic.js';
import type { DocumentProvider } from './document.js';
import { editForChange } from './fact-edits.js';
import type { Located } from './facts.js';
import type { LoweredScenario } from './lower.js';
import type { Problem } from './problem.js';
import type { ExpectStmt } from './syntax-tree.js';
import { toDiagnostics } from './to-diagnostic.js';

/**
 * The model's analysis of one scenario of a program (the base or a variant) with the statements
 * behind its claims.
 */
export interface EvaluatedScenario {
  /** The variant's name; undefined for the base scenario. */
  readonly variant?: string;
  readonly scenario: Scenario;
  readonly analysis: Analysis;
  /** The statement behind each of `scenario.claims`. */
  readonly claimSources: readonly Located<ExpectStmt>[];
}

/**
 * The model's analysis of a program's base scenario and every variant, with the failed claims as
 * problems.
 */
export interface ProgramEvaluation {
  readonly base: EvaluatedScenario;
  readonly variants: readonly EvaluatedScenario[];
  /** One `claim-failed` problem per failed claim, base and variants. */
  readonly problems: readonly Problem[];
}

/** Runs the model; undefined when a limit stopped the analysis (the checker said which). */
export function evaluateProgram(
  checked: CheckedProgram,
  options: AnalyzeOptions = {},
): ProgramEvaluation | undefined {
  if (checked.program.overLimit) return undefined;
  const problems: Problem[] = [];
  const run = (lowered: LoweredScenario, variant?: string): EvaluatedScenario => {
    const analysis = analyze(lowered.scenario, options);
    analysis.claims.forEach((result, index) => {
      const source = lowered.claimSources[index];
      if (!result.holds && source)
        problems.push(claimProblem(checked, lowered.scenario, result, source, variant));
    });
    return {
      ...(variant !== undefined ? { variant } : {}),
      scenario: lowered.scenario,
      analysis,
      claimSources: lowered.claimSources,
    };
  };
  const base = run(checked.lowered.base);
  const variants = checked.lowered.variants.map((v) => run(v, v.name));
  return { base, variants, problems };
}

/** A failed claim as a `claim-failed` problem, with its counterfactual and fix when it has one. */
export function claimProblem(
  checked: CheckedProgram,
  scenario: Scenario,
  result: ClaimResult,
  source: Located<ExpectStmt>,
  variant: string | undefined,
): Problem {
  const claimText = describeClaim(result.claim, scenario);
  const where = variant === undefined ? '' : ` in variant "${variant}"`;
  const counterfactual = result.counterfactual;
  const edit = counterfactual ? editForChange(checked, counterfactual.change) : undefined;
  return {
    code: 'claim-failed',
    message: `The model does not confirm "${claimText}"${where}: ${result.reason}${counterfactual ? `; it ${counterfactual.description}` : ''}`,
    uri: source.uri,
    start: source.node.start,
    end: source.node.end,
    ...(result.explanation ? { explanation: result.explanation } : {}),
    ...(counterfactual ? { counterfactual: counterfactual.change } : {}),
    ...(edit && counterfactual
      ? { fixes: [{ title: `Apply the counterfactual: ${counterfactual.description}`, edits: [edit] }] }
      : {}),
  };
}

/** A checked program, the model's evaluation of it (when the checker allowed one) and every diagnostic. */
export interface ProgramAnalysis {
  readonly checked: CheckedProgram;
  readonly evaluation: ProgramEvaluation | undefined;
  /** The checker's diagnostics and the failed claims, sorted. */
  readonly diagnostics: Diagnostic[];
}

/** Check a program and run the model over it: what `threat check` reports for one file. */
export function analyzeProgram(
  root: string,
  provider: DocumentProvider,
  options: CheckOptions & AnalyzeOptions = {},
): ProgramAnalysis {
  const checked = checkProgram(root, provider, options);
  const evaluation = evaluateProgram(checked, options);
  const diagnostics = toDiagnostics(checked.program, [...checked.problems, ...(evaluation?.problems ?? [])]);
  return { checked, evaluation, diagnostics };
}
