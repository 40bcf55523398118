/**
 * The data package's public API: opening a data folder, importing a year as a scenario, and the
 * back-test.
 */
export { DataSet, openDataSet } from './data-set.js';
export { DataError } from './data-error.js';
export { DATA_FILES, sourceLine, type DataFileName, type DataFileInfo } from './data-files.js';
export { parseCsv, readCsvFile, type CsvTable } from './csv/read-csv.js';
export {
  importYear,
  titleDay,
  FIRST_YEAR,
  LAST_YEAR,
  type ImportOptions,
  type ImportResult,
} from './import-year.js';
export { parseIsoDay, isoDay, type Day } from './day.js';
export type * from './imported-system.js';
export { toScenario, type PowerStyle } from './to-scenario.js';
export { toThreatText, type TextOptions } from './to-threat-text.js';
export { REGIONS, regionNamed, type Region } from './regions.js';
export { resolveSelection, type SelectionSpec, type ResolvedSelection } from './selection.js';
export { PROXY_PARAMETERS } from './proxies/parameters.js';
export { identifierFromName } from './identifiers.js';
export { allianceEntries, type AllianceEntry } from './backtest/alliance-entries.js';
export {
  backtestYear,
  prepareYear,
  scoreYear,
  TOP_K,
  THEORIES,
  type YearOutcome,
  type YearJob,
  type EntryOutcome,
  type TheoryOutcome,
  type RankingOutcome,
} from './backtest/backtest-year.js';
export {
  runBacktest,
  rangeProblem,
  entriesByYear,
  type BacktestOptions,
  type BacktestRange,
} from './backtest/run-backtest.js';
export { runBacktestParallel, defaultWorkers, type ParallelOptions } from './backtest/run-parallel.js';
export { PartnershipScorer, SCORING_RULES, type ScoringRule } from './backtest/partnership-score.js';
export {
  summarize,
  type BacktestSummary,
  type GroupSummary,
  type TheorySummary,
} from './backtest/summarize.js';
export { renderReport, CHART_FILES, type Report, type ReportInput } from './backtest/report.js';
export { entriesCsv } from './backtest/entries-csv.js';
export { ERAS, eraOf, type Era } from './backtest/eras.js';
export { rocAuc, topKHit, rankingMetrics, randomTopKHit, spearman } from './backtest/metrics.js';
export { calibrate, CALIBRATION_GRID, type Calibration, type GridResult } from './backtest/calibrate.js';
