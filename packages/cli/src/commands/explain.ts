/**
 * `threat explain [--theory threat|power] [--variant NAME] [--format text|markdown] <file> <state>`:
 * why a state does what the model predicts.
 */
import { explain, renderExplanation, type Theory } from '@threatlab/core';
import { closestMatch, unknownStateMessage } from '@threatlab/dsl';
import type { Io } from '../io.js';
import { loadScenario } from '../scenario-loader.js';
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
  // A state may be named by its identifier or its display name, in any case.
  const wanted = args.state.toLowerCase();
  const state =
    scenario.states.find((s) => s.id === args.state) ??
    scenario.states.find((s) => s.id.toLowerCase() === wanted || s.name.toLowerCase() === wanted);
  if (!state) {
    const suggestion = closestMatch(
      args.state,
      scenario.states.map((s) => s.id),
    );
    io.err(`threat: ${unknownStateMessage(args.state, suggestion, args.file)}\n`);
    return 1;
  }
  const explanation = explain(scenario, analysis, state.id, args.theory);
  if (!explanation) {
    io.err(`threat: the model has no prediction for "${state.id}"\n`);
    return 1;
  }
  io.out(`${renderExplanation(explanation, scenario, args.format)}\n`);
  return loaded.hasErrors ? 1 : 0;
}
