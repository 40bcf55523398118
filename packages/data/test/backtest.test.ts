/**
 * The back-test on the miniature system: which joinings count as entries, that scores are read
 * off the model's predictions, that the outcome cannot leak into the forecast, that a prepared
 * year survives the trip to a worker thread unchanged, and the report's expected printout.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type Scenario, type StateFacts } from '@threatlab/core';
import {
  allianceEntries,
  DataSet,
  entriesByYear,
  importYear,
  PartnershipScorer,
  prepareYear,
  renderReport,
  runBacktest,
  scoreYear,
  summarize,
  toScenario,
} from '../src/index.js';
import { expectFile } from '../../../test/support/expect-file.js';
import { MINI_EUROPE } from './real-data.js';

const data = new DataSet(MINI_EUROPE);

describe('alliance entries', () => {
  const entries = allianceEntries(data.members);
  const at = (year: number) =>
    entries.filter((e) => e.year === year).map((e) => `${e.alliance}:${e.state}<${e.partners.join('+')}>`);

  it('counts each member of a new alliance as joining, with the other members as partners', () => {
    expect(at(1914)).toEqual([
      '2015:200<220+365>',
      '2015:220<200+365>',
      '2015:365<200+220>',
      '2020:360<365>',
      '2020:365<360>',
    ]);
  });

  it('counts a re-entry after a gap but not a renewal of consecutive phases', () => {
    expect(at(1913)).toContain('1355:360<255+300>');
    expect(at(1892)).toEqual([]);
  });
});

describe('partnership scores', () => {
  // Two small neighbours of a strong, hostile state, and a distant bystander.
  const state = (id: string, facts: Partial<StateFacts>): StateFacts => ({
    id,
    name: id,
    power: { kind: 'share', share: 0.1 },
    major: false,
    ...facts,
  });
  const scenario: Scenario = {
    title: 'scores',
    sources: [],
    wartime: false,
    states: [
      state('Big', { power: { kind: 'share', share: 0.5 }, intent: 0.9, offense: 0.8, major: true }),
      state('Left', { power: { kind: 'share', share: 0.2 }, intent: 0.3, major: true }),
      state('Right', { power: { kind: 'share', share: 0.2 }, intent: 0.3, major: true }),
      state('Far', { power: { kind: 'share', share: 0.05 }, intent: 0.1, offense: 0.2 }),
    ],
    links: [
      { kind: 'land', a: 'Big', b: 'Left' },
      { kind: 'land', a: 'Big', b: 'Right' },
      { kind: 'land', a: 'Left', b: 'Right' },
      { kind: 'distance', a: 'Far', b: 'Big', km: 12000 },
      { kind: 'distance', a: 'Far', b: 'Left', km: 12000 },
      { kind: 'distance', a: 'Far', b: 'Right', km: 12000 },
    ],
    perceptions: [],
    alliances: [],
    settings: {},
    claims: [],
  };

  it('ranks a predicted partner first and the threat balanced against last', () => {
    const evaluation = evaluate(scenario, 'threat');
    const left = evaluation.predictions.get('Left')!;
    // The premise, read off the model: Left balances against Big with Right.
    expect([left.strategy, left.target]).toEqual(['balance', 'Big']);
    expect(left.partners).toContain('Right');
    const [right, big, far] = new PartnershipScorer(evaluation).scores(
      'Left',
      ['Right', 'Big', 'Far'],
      'model-ranking',
    );
    expect(right).toBeGreaterThan(far!);
    expect(far).toBeGreaterThan(big!);
  });
});

describe('the back-test on the miniature system', () => {
  const years = runBacktest(data, { from: 1912, to: 1915, external: true });

  it('scores every entry whose state and partners are in the system', () => {
    const entries = years.flatMap((y) => y.entries);
    expect(entries.map((e) => `${e.year}:${e.alliance}:${e.ccode}`)).toEqual([
      '1912:1485:200',
      '1912:1485:220',
      '1913:1355:360',
      '1913:1490:341',
      '1913:1490:345',
      '1914:2015:200',
      '1914:2015:220',
      '1914:2015:365',
      '1914:2020:360',
      '1914:2020:365',
    ]);
    for (const e of entries) {
      for (const theory of ['threat', 'power'] as const) {
        const r = e[theory].rules['model-ranking'];
        expect(r.auc).toBeGreaterThanOrEqual(0);
        expect(r.auc).toBeLessThanOrEqual(1);
        expect(r.bestRank).toBeGreaterThanOrEqual(1);
        expect(r.bestRank).toBeLessThanOrEqual(e.candidates);
      }
    }
  });

  it('compares greatest threats with Leeds & Savun where the scores exist', () => {
    expect(years.flatMap((y) => y.threatScores).map((p) => `${p.ccode}`)).toEqual([
      '200',
      '220',
      '255',
      '300',
      '365',
      '200',
      '220',
      '255',
      '300',
      '365',
    ]);
  });

  it('gives the same outcome for a year prepared here and one sent to a worker thread', () => {
    const byYear = entriesByYear(data, { from: 1914, to: 1914 });
    const job = prepareYear(data, 1914, byYear.get(1914) ?? []);
    expect(scoreYear(structuredClone(job))).toEqual(scoreYear(job));
  });

  it('makes the same predictions with or without the declared alliances, so outcomes cannot leak', () => {
    for (const year of [1913, 1914, 1915]) {
      const result = importYear(data, { year });
      if (!result.ok) throw new Error(result.errors.join('; '));
      const withAlliances = toScenario(result.system);
      const without = { ...withAlliances, alliances: [] };
      for (const theory of ['threat', 'power'] as const) {
        const a = evaluate(withAlliances, theory);
        const b = evaluate(without, theory);
        for (const id of a.states) {
          const pa = a.predictions.get(id)!;
          const pb = b.predictions.get(id)!;
          expect([pa.strategy, pa.target, pa.partners]).toEqual([pb.strategy, pb.target, pb.partners]);
        }
      }
    }
  });

  it('writes the report it wrote last time', () => {
    const report = renderReport({
      command: 'threat backtest --from 1912 --to 1915 (miniature system)',
      summary: summarize(years, 'model-ranking', 1912, 1915),
      firstRule: summarize(years, 'shared-threat', 1912, 1915),
      settings: {},
    });
    expectFile(join(MINI_EUROPE, 'expected', 'backtest-1912-1915.md'), report.markdown);
    for (const svg of Object.values(report.charts)) {
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    }
  });
});
