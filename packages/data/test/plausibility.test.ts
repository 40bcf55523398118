/**
 * Plausibility fixtures: well-known configurations imported from the real data sets and
 * evaluated with the model's defaults. They follow from the general proxies (dyadic
 * intentions, one day for everything); nothing here or in the importer names a year or a
 * state to make them come out. Skipped, with a message, when ../shared/data is absent.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Evaluation } from '@threatlab/core';
import { DataSet, importYear, parseIsoDay, toScenario, type ImportedSystem } from '../src/index.js';
import { REAL_DATA, REAL_DATA_PRESENT } from './real-data.js';

describe.skipIf(!REAL_DATA_PRESENT)(
  `plausibility on the real data at ${REAL_DATA} (skipped when absent)`,
  () => {
    const data = new DataSet(REAL_DATA);
    const world = (
      iso: string,
    ): { system: ImportedSystem; model: Evaluation; id: (abb: string) => string } => {
      const result = importYear(data, { day: parseIsoDay(iso)! });
      if (!result.ok) throw new Error(result.errors.join('; '));
      const system = result.system;
      const byAbbreviation = new Map(system.states.map((s) => [s.abbreviation, s.id]));
      return {
        system,
        model: evaluate(toScenario(system), 'threat'),
        id: (abb) => byAbbreviation.get(abb) ?? abb,
      };
    };
    const mainThreat = (model: Evaluation, state: string) => model.predictions.get(state)?.threats[0]?.target;

    it('1 July 1914: Britain, France and Russia face Germany as their main threat', () => {
      const { model, id } = world('1914-07-01');
      for (const state of ['UKG', 'FRN', 'RUS'])
        expect([state, mainThreat(model, id(state))]).toEqual([state, 'Germany']);
    });

    it('1 July 1939: Britain, France and Poland face Germany; Italy does not balance against its ally Germany', () => {
      const { model, id } = world('1939-07-01');
      for (const state of ['UKG', 'FRN', 'POL'])
        expect([state, mainThreat(model, id(state))]).toEqual([state, 'Germany']);
      expect(model.predictions.get(id('ITA'))?.target).not.toBe('Germany');
    });

    it('1 July 1962: every member of NATO faces the Soviet Union, and Canada does not balance against the United States', () => {
      const { system, model, id } = world('1962-07-01');
      const nato = system.alliances.find((a) => a.atopId === 3180)!;
      expect(nato.members.length).toBeGreaterThanOrEqual(15);
      for (const member of nato.members)
        expect([member, mainThreat(model, member)]).toEqual([member, 'Soviet-Union']);
      expect(model.predictions.get(id('CAN'))?.target).not.toBe(id('USA'));
    });

    it("1 July 2010: the import says the dispute data end in 2001; Turkey is not the Middle East's main threat; old enemies face each other", () => {
      const { system, model, id } = world('2010-07-01');
      expect(system.remarks.some((r) => r.startsWith('The dispute data (MID 3.10) end on 2001-12-31'))).toBe(
        true,
      );
      const middleEast = system.states.filter((s) => s.ccode >= 630 && s.ccode <= 698);
      const counts = new Map<string, number>();
      for (const s of middleEast) {
        const t = mainThreat(model, s.id)!;
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      const most = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      expect(most[0]).not.toBe(id('TUR'));
      expect(counts.get(id('TUR')) ?? 0).toBeLessThan(middleEast.length / 4);
      expect(mainThreat(model, id('ROK'))).toBe(id('PRK'));
      expect(mainThreat(model, id('PRK'))).toBe(id('ROK'));
      expect(mainThreat(model, id('SYR'))).toBe(id('ISR'));
    });
  },
);
