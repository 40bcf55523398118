/**
 * State display names: the one place an identifier becomes the name a reader sees. Every
 * renderer, the editor and the bot name states through `stateNamer`, so a state is called the
 * same everywhere ("Britain", never "UK" in one place and "Britain" in another).
 */
import type { Scenario, StateFacts, StateId } from './scenario.js';

/** A state's display name from its facts: its `name`, or its identifier when the name is missing or empty. */
export function nameOfState(state: Pick<StateFacts, 'id' | 'name'>): string {
  return typeof state.name === 'string' && state.name.length > 0 ? state.name : state.id;
}

/**
 * A function from identifier to display name for one scenario: the state's `name` when it
 * has one, else its identifier; an identifier the scenario does not declare is shown as it
 * is, and `undefined` as the empty string (a prediction without a target).
 *
 * @example
 * const name = stateNamer(scenario);
 * `${name('UK')} balances against ${name('GER')}`; // "Britain balances against Germany"
 */
export function stateNamer(scenario: Scenario): (id: StateId | undefined) => string {
  const names = new Map<StateId, string>();
  for (const s of scenario.states ?? []) {
    if (!names.has(s.id)) names.set(s.id, nameOfState(s));
  }
  return (id) => (id === undefined ? '' : (names.get(id) ?? id));
}

/** The display name of one state (see `stateNamer`, which is cheaper for naming many). */
export function displayName(scenario: Scenario, id: StateId): string {
  const state = (scenario.states ?? []).find((s) => s.id === id);
  return state === undefined ? id : nameOfState(state);
}
