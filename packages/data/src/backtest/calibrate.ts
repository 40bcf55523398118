/**
 * An optional calibration (`threat backtest --calibrate`), kept apart from the headline, which
 * always uses the fixed settings. A small grid, chosen before any calibration was run, over
 * the settings that decide between balancing and bandwagoning and over the weight of
 * intentions; for each theory the setting with the best mean AUC on the years up to 1945 is
 * chosen, then judged on the years after, which it never saw, beside the default settings.
 *
 * The grid's first entry is core's default, so a calibration that finds nothing better keeps it.
 */
import { DEFAULT_SETTINGS, type SettingName } from '@threatlab/core';
import type { DataSet } from '../data-set.js';
import {
  prepareYear,
  scoreYear,
  THEORIES,
  type TheoryName,
  type YearJob,
  type YearOutcome,
} from './backtest-year.js';
import { CALIBRATION_LAST_YEAR } from './eras.js';
import { entriesByYear } from './run-backtest.js';
import { mean } from './summarize.js';

export type Settings = Readonly<Partial<Record<SettingName, number>>>;

function grid(): Settings[] {
  const result: Settings[] = [];
  for (const intent of [DEFAULT_SETTINGS['weight-intent'], 1]) {
    for (const weakness of [DEFAULT_SETTINGS.weakness, 0.5]) {
      for (const proximity of [DEFAULT_SETTINGS['bandwagon-proximity'], 0.5]) {
        result.push({ 'weight-intent': intent, weakness, 'bandwagon-proximity': proximity });
      }
    }
  }
  return result;
}

export const CALIBRATION_GRID: readonly Settings[] = grid();

/** AUC differences smaller than this count as ties when choosing. */
export const TIE_TOLERANCE = 0.001;

export interface GridResult {
  readonly settings: Settings;
  /** Mean AUC on the calibration years, per theory. */
  readonly auc: Readonly<Record<TheoryName, number>>;
}

export interface Calibration {
  readonly calibrationYears: { readonly from: number; readonly to: number };
  readonly heldOutYears: { readonly from: number; readonly to: number };
  readonly grid: readonly GridResult[];
  readonly chosen: Readonly<Record<TheoryName, Settings>>;
  /** Mean AUC on the held-out years with core's defaults and with the chosen settings. */
  readonly heldOut: Readonly<Record<TheoryName, { readonly defaults: number; readonly calibrated: number }>>;
  readonly heldOutEntries: number;
}

/** Calibrates on the years of the range up to 1945 and judges on those after; undefined when the range lacks either. */
export function calibrate(
  data: DataSet,
  range: { from: number; to: number },
  onProgress?: (done: number, total: number) => void,
): Calibration | undefined {
  const split = CALIBRATION_LAST_YEAR;
  if (range.from > split || range.to <= split) return undefined;
  const byYear = entriesByYear(data, range);
  const jobs: YearJob[] = [];
  for (let year = range.from; year <= range.to; year++)
    jobs.push(prepareYear(data, year, byYear.get(year) ?? []));
  const early = jobs.filter((j) => j.year <= split);
  const late = jobs.filter((j) => j.year > split);
  const total = CALIBRATION_GRID.length * early.length + 2 * late.length;
  let done = 0;
  const run = (years: readonly YearJob[], settings: Settings): YearOutcome[] =>
    years.map((job) => {
      const outcome = scoreYear(job, settings);
      onProgress?.(++done, total);
      return outcome;
    });
  const meanAuc = (outcomes: readonly YearOutcome[], theory: TheoryName) =>
    mean(outcomes.flatMap((y) => y.entries.map((e) => e[theory].rules['model-ranking'].auc)));

  const results: GridResult[] = CALIBRATION_GRID.map((settings) => {
    const outcomes = run(early, settings);
    return { settings, auc: { threat: meanAuc(outcomes, 'threat'), power: meanAuc(outcomes, 'power') } };
  });
  // A setting must beat the best so far by TIE_TOLERANCE to be chosen: differences below the
  // report's precision are noise, and ties keep the earlier entry (the default first).
  const best = (theory: TheoryName) =>
    results.reduce((a, b) => (b.auc[theory] > a.auc[theory] + TIE_TOLERANCE ? b : a)).settings;
  const chosen = { threat: best('threat'), power: best('power') };

  const defaults = run(late, CALIBRATION_GRID[0]!);
  const heldOut = {} as Record<TheoryName, { defaults: number; calibrated: number }>;
  const calibratedRuns = new Map<Settings, YearOutcome[]>([[CALIBRATION_GRID[0]!, defaults]]);
  for (const theory of THEORIES) {
    let outcomes = calibratedRuns.get(chosen[theory]);
    if (!outcomes) {
      outcomes = run(late, chosen[theory]);
      calibratedRuns.set(chosen[theory], outcomes);
    }
    heldOut[theory] = { defaults: meanAuc(defaults, theory), calibrated: meanAuc(outcomes, theory) };
  }
  return {
    calibrationYears: { from: range.from, to: split },
    heldOutYears: { from: split + 1, to: range.to },
    grid: results,
    chosen,
    heldOut,
    heldOutEntries: defaults.reduce((n, y) => n + y.entries.length, 0),
  };
}
