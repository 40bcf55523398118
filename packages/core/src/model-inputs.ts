/**
 * Everything the model derives from a scenario before it applies a theory: the state table,
 * safe settings, power shares, geography and intentions. Both theories share one `ModelInputs`,
 * so analysing a scenario under both costs one geography, not two.
 */
import type { Scenario } from './scenario.js';
import type { ModelSettings } from './settings.js';
import { buildStateTable, type StateTable } from './state-table.js';
import { effectiveSettings } from './effective-settings.js';
import { derivePowerShares, type PowerSource } from './power.js';
import { buildGeography, type Geography } from './geography.js';
import { buildIntentions, type Intentions } from './intentions.js';

/**
 * Everything the threat score reads, built once per evaluation: the state table, settings, power
 * shares, geography and intentions.
 */
export interface ModelInputs {
  readonly scenario: Scenario;
  readonly table: StateTable;
  readonly settings: ModelSettings;
  /** Each state's power share. */
  readonly power: Float64Array;
  readonly powerSources: readonly PowerSource[];
  readonly geography: Geography;
  readonly intentions: Intentions;
  /** 1 for a major power. */
  readonly majors: Uint8Array;
  readonly wartime: boolean;
}

/** Derives the model's inputs from a scenario; never throws on bad facts. */
export function buildModelInputs(scenario: Scenario): ModelInputs {
  const settings = effectiveSettings(scenario);
  const table = buildStateTable(scenario.states ?? []);
  const { shares, sources } = derivePowerShares(table.facts);
  const majors = new Uint8Array(table.size);
  table.facts.forEach((f, i) => (majors[i] = f.major === true ? 1 : 0));
  return {
    scenario,
    table,
    settings,
    power: shares,
    powerSources: sources,
    geography: buildGeography(table, scenario.links ?? [], settings),
    intentions: buildIntentions(table, scenario.perceptions ?? [], settings),
    majors,
    wartime: scenario.wartime === true,
  };
}
