/**
 * Loading one scenario file for the model commands (predict, explain): check it, run the
 * model, pick the base or a named variant, and report problems on stderr the usual way.
 */
import { resolve } from 'node:path';
import {
  analyzeProgram,
  closestMatch,
  didYouMean,
  renderDiagnostics,
  TextDocumentProvider,
  type EvaluatedScenario,
  type ProgramAnalysis,
} from '@threatlab/dsl';
import { displayPath } from './files.js';
import { readTextFile, type Io } from './io.js';

export interface LoadedScenario {
  readonly analysis: ProgramAnalysis;
  readonly evaluated: EvaluatedScenario;
  /** True when the file has errors: predictions then rest on its valid statements only. */
  readonly hasErrors: boolean;
}

/** The evaluated base or variant, or undefined after printing why there is none. */
export function loadScenario(io: Io, path: string, variant: string | undefined): LoadedScenario | undefined {
  const absolute = resolve(io.cwd, path);
  if (readTextFile(absolute) === undefined) {
    io.err(`threat: no such file: ${path}\n`);
    return undefined;
  }
  const provider = new TextDocumentProvider(readTextFile);
  const analysis = analyzeProgram(absolute, provider, { counterfactuals: false });
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    io.err(
      `${renderDiagnostics(errors, { textOf: (uri) => provider.document(uri)?.text, displayUri: (uri) => displayPath(io.cwd, uri), color: false })}\n`,
    );
    io.err('threat: the scenario has errors; the predictions below rest on its valid statements only\n\n');
  }
  const evaluation = analysis.evaluation;
  if (!evaluation) {
    io.err('threat: the scenario was not evaluated (a limit was reached)\n');
    return undefined;
  }
  if (variant === undefined) return { analysis, evaluated: evaluation.base, hasErrors: errors.length > 0 };
  const found = evaluation.variants.find((v) => v.variant === variant);
  if (!found) {
    const names = evaluation.variants.map((v) => v.variant!);
    const suggestion = closestMatch(variant, names);
    io.err(
      `threat: no variant "${variant}" in ${path}${didYouMean(suggestion)}${names.length > 0 ? ` (variants: ${names.map((n) => `"${n}"`).join(', ')})` : ' (it has no variants)'}\n`,
    );
    return undefined;
  }
  return { analysis, evaluated: found, hasErrors: errors.length > 0 };
}
