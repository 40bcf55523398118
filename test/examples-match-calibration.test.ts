/**
 * The model was calibrated on hand-typed scenarios in packages/core/test/historical-cases.ts;
 * the bundled examples are the same cases written in the language. This keeps the two from
 * drifting apart: each example lowers to exactly the calibrated facts.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '@threatlab/core';
import { checkProgram, TextDocumentProvider } from '@threatlab/dsl';
import { HISTORICAL_CASES } from '../packages/core/test/historical-cases.js';
import { readOrUndefined } from './support/read.js';

const here = dirname(fileURLToPath(import.meta.url));

const PAIRS: Record<string, keyof typeof HISTORICAL_CASES> = {
  'europe-1914': 'EUROPE_1914',
  'cold-war-1955': 'COLD_WAR_1955',
  'gulf-1990': 'GULF_1990',
  'primacy-2004': 'PRIMACY_2004',
  teaching: 'TEACHING',
};

/** JSON with object keys sorted, so that key order does not matter. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The facts the model reads, in an order that does not depend on how they were written. */
function facts(scenario: Scenario) {
  const sorted = <T>(items: readonly T[]) => [...items].map(canonical).sort();
  const pair = (a: string, b: string) => (a < b ? [a, b] : [b, a]);
  return {
    states: sorted(
      scenario.states.map((s) => ({
        ...s,
        offense: s.offense,
        intent: s.intent,
        reach: s.reach,
        capital: s.capital,
      })),
    ),
    links: sorted(
      scenario.links.map((l) => ({
        ...l,
        ...Object.fromEntries(pair(l.a, l.b).map((v, i) => [i === 0 ? 'a' : 'b', v])),
      })),
    ),
    perceptions: sorted(scenario.perceptions),
    alliances: sorted(scenario.alliances),
    wartime: scenario.wartime,
    settings: scenario.settings,
  };
}

describe.each(Object.entries(PAIRS))('examples/%s.threat', (file, key) => {
  it(`lowers to the calibrated ${key}`, () => {
    const path = join(here, '..', 'examples', `${file}.threat`);
    const checked = checkProgram(path, new TextDocumentProvider(readOrUndefined));
    expect(facts(checked.lowered.base.scenario)).toEqual(facts(HISTORICAL_CASES[key]));
  });
});
