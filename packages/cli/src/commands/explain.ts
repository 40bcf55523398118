/**
 * `threat explain [--theory threat|power] [--variant NAME] [--format text|markdown] <file> <state>`:
 * why a state does what the model predicts.
 */
import { explain, type Theory } from '@threatlab/core';
import { renderExplanation } from '@threatlab/core';
import type { Io } from '../io.js';
import { loadScenario } from '../scenario-loader.js';
import { stateArgument } from '../state-argument.js';
import { usageError, type CommandResult } from '../usage.js';

export interface ExplainArguments {
  readonly file: string | undefined;
  readonly state: string | undefined;
  readonly theory: Theory;
  readonly variant: string | undefined;
  readonly format: 'text' | 'markdown';
}

export function runExplain(io: Io, args: ExplainArguments): CommandResult {
  if (!args.file || !args.state) return usageError(io, 'threat explain needs a scenario file and a state');
  const loaded = loadScenario(io, args.file, args.variant);
  if (!loaded) return 1;
  const { scenario, analysis } = loaded.evaluated;
  const state = stateArgument(io, scenario, args.state, args.file);
  if (!state) return 1;
  const explanation = explain(scenario, analysis, state.id, args.theory);
  if (!explanation) {
    io.err(`threat: the model has no prediction for "${state.id}"\n`);
    return 1;
  }
  io.out(`${renderExplanation(explanation, scenario, args.format)}\n`);
  return loaded.hasErrors ? 1 : 0;
}
