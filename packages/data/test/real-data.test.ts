/**
 * The importer and the back-test on the real data sets in ../shared/data. Skipped, with a
 * message on the console, when the folder is absent (a fresh clone); CI keeps it beside the
 * checkout. These tests check what the data make true, not figures copied from a run.
 */
import { describe, expect, it } from 'vitest';
import {
  DataSet,
  importYear,
  runBacktest,
  toScenario,
  toThreatText,
  type ImportedSystem,
} from '../src/index.js';
import { REAL_DATA, REAL_DATA_PRESENT } from './real-data.js';
import { normalised, readBack } from './scenario-text.js';

describe.skipIf(!REAL_DATA_PRESENT)(`real data at ${REAL_DATA} (skipped when absent)`, () => {
  const data = new DataSet(REAL_DATA);
  const load = (year: number, selection = {}): ImportedSystem => {
    const result = importYear(data, { year, selection });
    if (!result.ok) throw new Error(result.errors.join('; '));
    return result.system;
  };

  it('imports Europe in 1914 as a file that passes threat check and reads back to the same scenario', () => {
    const system = load(1914, { regions: ['europe'] });
    const text = toThreatText(system);
    const { diagnostics, scenario } = readBack(text);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(normalised(scenario)).toEqual(normalised(toScenario(system)));
    expect(system.states.map((s) => s.id)).toEqual(
      expect.arrayContaining(['United-Kingdom', 'France', 'Germany', 'Austria-Hungary', 'Russia', 'Serbia']),
    );
    // The Franco-Russian alliance was in force, and a treaty naming Russia as the threat was too.
    expect(
      system.alliances.some(
        (a) => a.members.includes('France') && a.members.includes('Russia') && a.kind === 'defense',
      ),
    ).toBe(true);
  });

  it('imports the 1955 list with the names of the time and NATO as it stood', () => {
    const system = load(1955, { states: ['USA', 'RUS', 'UKG', 'FRN', 'GFR', 'ITA', 'TUR'] });
    expect(system.states.map((s) => s.id)).toEqual([
      'United-States-of-America',
      'United-Kingdom',
      'France',
      'German-Federal-Republic',
      'Italy',
      'Soviet-Union',
      'Turkey',
    ]);
    const nato = system.alliances.find((a) => a.atopId === 3180);
    expect(nato?.members).toEqual([
      'United-States-of-America',
      'United-Kingdom',
      'France',
      'German-Federal-Republic',
      'Italy',
      'Turkey',
    ]);
    expect(readBack(toThreatText(system)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('imports the whole system in sampled years, from 1816 to 2016, without a checker error', () => {
    for (const year of [1816, 1866, 1916, 1946, 1976, 2001, 2016]) {
      const errors = readBack(toThreatText(load(year))).diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((e) => `${year} ${e.code}: ${e.message}`)).toEqual([]);
    }
  });

  it('agrees with Gleditsch-Ward capital distances once codes are translated', () => {
    // Where the dated capital is the one capdist uses, the two distances should agree closely.
    const system = load(1985, { regions: ['europe'] });
    const byCode = new Map(system.states.map((s) => [s.ccode, s]));
    const ratios: number[] = [];
    for (const a of system.states) {
      for (const b of system.states) {
        if (a.ccode >= b.ccode || !a.capital || !b.capital) continue;
        const km = data.capitalDistances.between(a.ccode, b.ccode, 1985);
        if (km === undefined || km < 100) continue;
        ratios.push(
          greatCircle(byCode.get(a.ccode)!.capital!.value, byCode.get(b.ccode)!.capital!.value) / km,
        );
      }
    }
    ratios.sort((x, y) => x - y);
    expect(ratios.length).toBeGreaterThan(200);
    expect(Math.abs(ratios[Math.floor(ratios.length / 2)]! - 1)).toBeLessThan(0.02);
  });

  it('back-tests the founding of NATO and finds the United States among the partners', () => {
    const years = runBacktest(data, { from: 1949, to: 1949 });
    const usa = years[0]!.entries.find((e) => e.alliance === 3180 && e.ccode === 2);
    expect(usa?.partners).toEqual(expect.arrayContaining(['United Kingdom', 'France', 'Canada', 'Italy']));
    for (const theory of ['threat', 'power'] as const)
      expect(Number.isFinite(usa?.[theory].rules['model-ranking'].auc)).toBe(true);
  });
});

function greatCircle(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

describe.skipIf(!REAL_DATA_PRESENT)(`calibration on real data at ${REAL_DATA} (skipped when absent)`, () => {
  it('chooses from its grid on the years to 1945 and judges the defaults on the later years as the back-test does', async () => {
    const { calibrate, CALIBRATION_GRID, summarize } = await import('../src/index.js');
    const data = new DataSet(REAL_DATA);
    const calibration = calibrate(data, { from: 1943, to: 1948 })!;
    expect(calibration.grid.map((g) => g.settings)).toEqual(CALIBRATION_GRID);
    for (const theory of ['threat', 'power'] as const)
      expect(CALIBRATION_GRID).toContain(calibration.chosen[theory]);
    const later = summarize(runBacktest(data, { from: 1946, to: 1948 }), 'model-ranking', 1946, 1948);
    expect(calibration.heldOut.threat.defaults).toBeCloseTo(later.overall.threat.auc, 12);
    expect(calibration.heldOut.power.defaults).toBeCloseTo(later.overall.power.auc, 12);
    expect(calibration.heldOutEntries).toBe(later.overall.entries);
  });
});
