/**
 * Small builders for test scenarios: every field has a neutral default so a test states only
 * the facts it is about.
 */
import type { Scenario, StateFacts } from '../src/scenario.js';

export function makeState(id: string, facts: Partial<StateFacts> = {}): StateFacts {
  return { id, name: id, power: { kind: 'share', share: 0.1 }, major: false, ...facts };
}

export function makeScenario(parts: Partial<Scenario> = {}): Scenario {
  return {
    title: 'test',
    sources: [],
    wartime: false,
    states: [],
    links: [],
    perceptions: [],
    alliances: [],
    settings: {},
    claims: [],
    ...parts,
  };
}

export const share = (value: number) => ({ kind: 'share', share: value }) as const;
