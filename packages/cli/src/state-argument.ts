/**
 * A state named on the command line (`threat explain FILE Belgium`, `threat graph --state
 * Belgium`): by its identifier, or by its identifier or display name in any case; an unknown
 * name gets dsl's unknown-state message with its "did you mean".
 */
import type { Scenario, StateFacts } from '@threatlab/core';
import { closestMatch, unknownStateMessage } from '@threatlab/dsl';
import type { Io } from './io.js';

/** The state `wanted` names in `scenario`, or undefined after saying on stderr that there is none. */
export function stateArgument(
  io: Io,
  scenario: Scenario,
  wanted: string,
  file: string,
): StateFacts | undefined {
  const lower = wanted.toLowerCase();
  const state =
    scenario.states.find((s) => s.id === wanted) ??
    scenario.states.find((s) => s.id.toLowerCase() === lower || s.name.toLowerCase() === lower);
  if (state) return state;
  const suggestion = closestMatch(
    wanted,
    scenario.states.map((s) => s.id),
  );
  io.err(`threat: ${unknownStateMessage(wanted, suggestion, file)}\n`);
  return undefined;
}
