/**
 * The back-test over a range of years, in this thread. `run-parallel.ts` splits the same work
 * over worker threads; both give identical results because each year is computed on its own.
 */
import type { SettingName } from '@threatlab/core';
import type { DataSet } from '../data-set.js';
import { FIRST_YEAR, LAST_YEAR } from '../import-year.js';
import { allianceEntries, type AllianceEntry } from './alliance-entries.js';
import { prepareYear, scoreYear, type YearOutcome } from './backtest-year.js';

export interface BacktestRange {
  readonly from: number;
  readonly to: number;
}

export interface BacktestOptions extends BacktestRange {
  readonly settings?: Readonly<Partial<Record<SettingName, number>>>;
  /** Compare each state's greatest threat with Leeds & Savun's score (needs that file). */
  readonly external?: boolean;
  /** Called after each year with the number of years done and in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Checks a range of years against the data's; an error message, or undefined when it is fine. */
export function rangeProblem(range: BacktestRange): string | undefined {
  if (!Number.isInteger(range.from) || !Number.isInteger(range.to)) return 'the years must be whole numbers';
  if (range.from > range.to) return `--from ${range.from} is after --to ${range.to}`;
  if (range.from < FIRST_YEAR || range.to > LAST_YEAR)
    return `the years must lie within ${FIRST_YEAR}-${LAST_YEAR}, the years COW capabilities cover`;
  return undefined;
}

/** The alliance entries of each year of the range. */
export function entriesByYear(data: DataSet, range: BacktestRange): Map<number, AllianceEntry[]> {
  const byYear = new Map<number, AllianceEntry[]>();
  for (const entry of allianceEntries(data.members)) {
    if (entry.year < range.from || entry.year > range.to) continue;
    const list = byYear.get(entry.year);
    if (list) list.push(entry);
    else byYear.set(entry.year, [entry]);
  }
  return byYear;
}

export function runBacktest(data: DataSet, options: BacktestOptions): YearOutcome[] {
  const problem = rangeProblem(options);
  if (problem) throw new RangeError(problem);
  const byYear = entriesByYear(data, options);
  const external = options.external && data.has('leedsSavun') ? data.leedsSavun : undefined;
  const years: YearOutcome[] = [];
  const total = options.to - options.from + 1;
  for (let year = options.from; year <= options.to; year++) {
    const job = prepareYear(
      data,
      year,
      byYear.get(year) ?? [],
      external ? { external: (c, y) => external.get(c, y) } : {},
    );
    years.push(scoreYear(job, options.settings));
    options.onProgress?.(years.length, total);
  }
  return years;
}
