/**
 * The importer on the miniature system: each case's generated file is kept beside the input
 * CSVs as an expected printout (fixtures/mini-europe/expected/*.threat; UPDATE_EXPECT=1
 * rewrites them). Every printout must pass `threat check` without errors and read back to
 * exactly the `Scenario` the back-test evaluates.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DataSet,
  importYear,
  toScenario,
  toThreatText,
  type ImportOptions,
  type PowerStyle,
} from '../src/index.js';
import { expectFile } from '../../../test/support/expect-file.js';
import { MINI_EUROPE } from './real-data.js';
import { normalised, readBack } from './scenario-text.js';

interface Case {
  readonly name: string;
  readonly options: ImportOptions;
  readonly power?: PowerStyle;
}

const CASES: readonly Case[] = [
  { name: 'system-1914', options: { year: 1914 } },
  { name: 'listed-1913', options: { year: 1913, selection: { states: ['GMY', '300', 'rus', 'ALB'] } } },
  {
    name: 'europe-1915-components',
    options: { year: 1915, selection: { regions: ['europe'] } },
    power: 'components',
  },
];

describe('importing the miniature system', () => {
  const data = new DataSet(MINI_EUROPE);
  for (const c of CASES) {
    describe(c.name, () => {
      const result = importYear(data, c.options);
      if (!result.ok) throw new Error(result.errors.join('; '));
      const text = toThreatText(result.system, {
        power: c.power ?? 'share',
        command: `threat import (fixture ${c.name})`,
      });

      it('matches its expected printout', () => {
        expectFile(join(MINI_EUROPE, 'expected', `${c.name}.threat`), text);
      });

      it('passes threat check without errors', () => {
        const errors = readBack(text).diagnostics.filter((d) => d.severity === 'error');
        expect(errors.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
      });

      it('reads back to the scenario the back-test evaluates', () => {
        expect(normalised(readBack(text).scenario)).toEqual(
          normalised(toScenario(result.system, c.power ?? 'share')),
        );
      });
    });
  }
});
