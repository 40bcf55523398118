/**
 * `threat backtest --from Y --to Y [--data DIR] [--out DIR] [--workers N]`: the back-test of
 * balance of threat against balance of power on every ATOP alliance entry of the years, written
 * as a Markdown report with SVG charts and a CSV of every entry (--out, default report/).
 *
 * `runCli` runs it in the calling thread (tests, embedding); the `threat` binary adds worker
 * threads when the machine has more than two cores, or as many as `--workers` asks. Both give
 * the same report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fixed } from '@threatlab/core';
import {
  DataError,
  defaultWorkers,
  entriesCsv,
  openDataSet,
  rangeProblem,
  renderReport,
  runBacktest,
  runBacktestParallel,
  summarize,
  calibrate,
  type BacktestSummary,
  type Calibration,
  type DataSet,
  type YearOutcome,
} from '@threatlab/data';
import type { Io } from '../io.js';
import { usageError, type CommandResult } from '../usage.js';
import { dataFolder, wholeNumber } from './data-folder.js';
import { progressBar } from './progress.js';

export interface BacktestArguments {
  readonly from: number;
  readonly to: number;
  readonly data: string;
  readonly out: string;
  /** Worker threads; 0 runs in the calling thread. */
  readonly workers: number;
  readonly command: string;
  /** Also calibrate on the years to 1945 and judge on those after (in this thread). */
  readonly calibrate: boolean;
}

/** Parses `threat backtest` options; a usage error has been printed when it returns a number. */
export function parseBacktestArguments(io: Io, rest: readonly string[]): BacktestArguments | CommandResult {
  const { values, positionals } = parseArgs({
    args: [...rest],
    allowPositionals: true,
    options: {
      from: { type: 'string', default: '1816' },
      to: { type: 'string', default: '2012' },
      data: { type: 'string' },
      out: { type: 'string', default: 'report' },
      workers: { type: 'string' },
      calibrate: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 0) return usageError(io, `threat backtest takes no file, got "${positionals[0]}"`);
  const from = wholeNumber(values.from);
  const to = wholeNumber(values.to);
  if (from === undefined || to === undefined)
    return usageError(io, '--from and --to must be years, such as --from 1816 --to 2012');
  const problem = rangeProblem({ from, to });
  if (problem) return usageError(io, problem);
  const workers = values.workers === undefined ? defaultWorkers() : wholeNumber(values.workers);
  if (workers === undefined || workers < 0)
    return usageError(io, '--workers must be 0 (this thread) or more');
  return {
    from,
    to,
    data: dataFolder(io.cwd, values.data),
    out: resolve(io.cwd, values.out),
    workers,
    calibrate: values.calibrate,
    command: ['threat backtest', ...rest].join(' '),
  };
}

/** In the calling thread, synchronously. */
export function runBacktestHere(io: Io, args: BacktestArguments): CommandResult {
  return guard(io, () => {
    const started = Date.now();
    const progress = progressBar(io, 'back-test');
    const data = openDataSet(args.data);
    const years = runBacktest(data, {
      from: args.from,
      to: args.to,
      external: true,
      onProgress: progress.update,
    });
    progress.finish();
    return finish(io, args, data, years, Date.now() - started, 0);
  });
}

/** Over worker threads (none when `workers` is 0). */
export async function runBacktestCommand(io: Io, args: BacktestArguments): Promise<CommandResult> {
  if (args.workers === 0) return runBacktestHere(io, args);
  try {
    const started = Date.now();
    const data = openDataSet(args.data);
    const progress = progressBar(io, 'back-test');
    const years = await runBacktestParallel(data, {
      from: args.from,
      to: args.to,
      external: true,
      workers: args.workers,
      onProgress: progress.update,
    });
    progress.finish();
    return finish(io, args, data, years, Date.now() - started, args.workers);
  } catch (error) {
    return failure(io, error);
  }
}

function guard(io: Io, run: () => CommandResult): CommandResult {
  try {
    return run();
  } catch (error) {
    return failure(io, error);
  }
}

function failure(io: Io, error: unknown): CommandResult {
  if (error instanceof DataError || error instanceof RangeError) {
    io.err(`threat backtest: ${error.message}\n`);
    return 1;
  }
  throw error;
}

function finish(
  io: Io,
  args: BacktestArguments,
  data: DataSet,
  years: readonly YearOutcome[],
  ms: number,
  workers: number,
): CommandResult {
  const summary = summarize(years, 'model-ranking', args.from, args.to);
  const firstRule = summarize(years, 'shared-threat', args.from, args.to);
  let calibration: Calibration | undefined;
  if (args.calibrate) {
    const progress = progressBar(io, 'calibration');
    calibration = calibrate(data, args, progress.update);
    progress.finish();
    if (!calibration) io.err(`threat backtest: --calibrate needs years on both sides of 1945; skipped\n`);
  }
  const report = renderReport({
    command: args.command,
    summary,
    firstRule,
    settings: {},
    ...(calibration ? { calibration } : {}),
  });
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'backtest.md'), report.markdown);
  for (const [name, svg] of Object.entries(report.charts)) writeFileSync(join(args.out, name), svg);
  writeFileSync(join(args.out, 'entries.csv'), entriesCsv(years));
  io.out(headline(summary, join(args.out, 'backtest.md')));
  io.err(
    `threat backtest: ${years.length} years in ${fixed(ms / 1000)} s (${workers === 0 ? 'one thread' : `the main thread and ${workers} worker${workers === 1 ? '' : 's'}`})\n`,
  );
  return 0;
}

function headline(s: BacktestSummary, path: string): string {
  const o = s.overall;
  const row = (name: string, t: BacktestSummary['overall']['threat']) =>
    `  ${name.padEnd(18)} AUC ${fixed(t.auc, 3)}  top-1 ${fixed(t.hits[0]! * 100, 1)}%  top-3 ${fixed(t.hits[1]! * 100, 1)}%  top-10 ${fixed(t.hits[3]! * 100, 1)}%`;
  return [
    `Back-test ${s.from}-${s.to}: ${o.entries} alliance entries in ${o.alliances} alliances`,
    row('balance of threat', o.threat),
    row('balance of power', o.power),
    `  ${'random ranking'.padEnd(18)} AUC 0.500  top-1 ${fixed(o.randomHits[0]! * 100, 1)}%  top-3 ${fixed(o.randomHits[1]! * 100, 1)}%  top-10 ${fixed(o.randomHits[3]! * 100, 1)}%`,
    `Report: ${path}`,
    '',
  ].join('\n');
}
