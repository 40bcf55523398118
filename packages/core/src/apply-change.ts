/**
 * `applyChange`: a scenario with one input changed, for counterfactuals and what-if questions.
 */
import type { FactChange } from './explanation.js';
import type { Perception, Scenario, StateFacts } from './scenario.js';
import { settingDescriptor } from './settings.js';
import { derivePowerShares } from './power.js';
import { buildStateTable } from './state-table.js';

/**
 * A new scenario with `change` applied; the input is not modified. A change naming an unknown
 * state or setting, or carrying a value that is not a finite number, returns the scenario as it
 * was (the model ignores facts it cannot use rather than failing).
 *
 * A power change is stated as a share. When the scenario derives shares from components, every
 * state's power is first replaced by the share it had, so that the other states keep theirs
 * (otherwise changing one state's components would move everyone's share).
 *
 * @example
 * applyChange(scenario, { kind: 'perception', observer: 'Italy', target: 'Austria-Hungary', from: 0.4, to: 0.62 });
 */
export function applyChange(scenario: Scenario, change: FactChange): Scenario {
  if (!Number.isFinite(change.to)) return scenario;
  switch (change.kind) {
    case 'perception':
      return changePerception(scenario, change.observer, change.target, change.to);
    case 'intent':
      return mapState(scenario, change.state, (s) => ({ ...s, intent: change.to }));
    case 'offense':
      return mapState(scenario, change.state, (s) => ({ ...s, offense: change.to }));
    case 'power':
      return changePower(scenario, change.state, change.to);
    case 'setting':
      if (settingDescriptor(change.name) === undefined) return scenario;
      return { ...scenario, settings: { ...scenario.settings, [change.name]: change.to } };
  }
}

function known(scenario: Scenario, id: string): boolean {
  return (scenario.states ?? []).some((s) => s.id === id);
}

function mapState(scenario: Scenario, id: string, update: (s: StateFacts) => StateFacts): Scenario {
  if (!known(scenario, id)) return scenario;
  return { ...scenario, states: scenario.states.map((s) => (s.id === id ? update(s) : s)) };
}

/** The pair's perceptions collapse into one, at the place of the first (later ones used to override it). */
function changePerception(scenario: Scenario, observer: string, target: string, intent: number): Scenario {
  if (!known(scenario, observer) || !known(scenario, target) || observer === target) return scenario;
  const replacement: Perception = { observer, target, intent };
  const perceptions: Perception[] = [];
  let placed = false;
  for (const p of scenario.perceptions ?? []) {
    if (p.observer !== observer || p.target !== target) perceptions.push(p);
    else if (!placed) {
      perceptions.push(replacement);
      placed = true;
    }
  }
  if (!placed) perceptions.push(replacement);
  return { ...scenario, perceptions };
}

function changePower(scenario: Scenario, id: string, share: number): Scenario {
  if (!known(scenario, id)) return scenario;
  const derived = scenario.states.some((s) => s.power?.kind === 'cinc' || s.power?.kind === 'economy');
  if (!derived) return mapState(scenario, id, (s) => ({ ...s, power: { kind: 'share', share } }));
  const table = buildStateTable(scenario.states);
  const { shares } = derivePowerShares(table.facts);
  return {
    ...scenario,
    states: scenario.states.map((s) => {
      const i = table.indexOf(s.id);
      const value = s.id === id ? share : i >= 0 && table.facts[i] === s ? shares[i]! : 0;
      return { ...s, power: { kind: 'share', share: value } };
    }),
  };
}
