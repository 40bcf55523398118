// The back-test of 1816-2012 on the real data, timed three ways:
// - the `threat backtest` binary, each run a fresh process (what a user waits for: parsing the CSV
//   files cold, importing 197 years, evaluating both theories, scoring 2,000 entries, writing the
//   report), as it runs by default (no workers on two cores) and with one worker beside the main thread;
// - in this process with one worker and in one thread, warm, with a new DataSet each run;
// - the phases of one thread: loading, importing, evaluating and scoring.
// Target (DESIGN.md, issue 6): the whole back-test under 5 s on 2 cores. Skips without ../shared/data.
// The machine's load average is printed with the figures: on a shared machine they are noisy.
import { existsSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir, availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { evaluate } from '@threatlab/core';
import {
  DataSet,
  entriesByYear,
  prepareYear,
  runBacktest,
  runBacktestParallel,
  scoreYear,
} from '@threatlab/data';
import { median, percentile, report, target } from './stats.js';

const here = dirname(fileURLToPath(import.meta.url));
const data = process.env.THREATLAB_DATA ?? resolve(here, '..', '..', 'shared', 'data');
if (!existsSync(join(data, 'cow', 'NMC-60-abridged.csv'))) {
  console.log(`backtest: skipped, no data sets at ${data} (set THREATLAB_DATA)`);
  process.exit(0);
}
const range = { from: 1816, to: 2012, external: true };
const runs = Number(process.env.BENCH_RUNS ?? 3);
console.log(
  `cores ${availableParallelism()}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

// 1. The binary, cold.
const bin = join(here, '..', 'packages', 'cli', 'bin', 'threat.js');
const out = mkdtempSync(join(tmpdir(), 'threat-bench-'));
for (const workers of ['default', '1']) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const args = [
      bin,
      'backtest',
      '--from',
      '1816',
      '--to',
      '2012',
      '--data',
      data,
      '--out',
      out,
      ...(workers === 'default' ? [] : ['--workers', workers]),
    ];
    const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`threat backtest failed: ${child.stderr}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  report(
    `threat backtest 1816-2012, ${workers === 'default' ? 'default threads' : `main + ${workers} worker`}, cold`,
    { median_ms: median(times), max_ms: percentile(times, 100), runs },
  );
  if (workers === 'default')
    target('whole back-test, the binary as run by default', median(times) / 1000, 5, 's');
}

// 2. In process, warm (the CSV files are parsed again each run: a new DataSet).
for (const workers of [1, 0]) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const set = new DataSet(data);
    if (workers === 0) runBacktest(set, range);
    else await runBacktestParallel(set, { ...range, workers });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  report(`runBacktest in process, ${workers === 0 ? 'one thread' : `main + ${workers} worker`}`, {
    median_ms: median(times),
    runs,
  });
}

// 3. Where one thread's time goes.
const phases = { load: 0, import: 0, evaluate: 0, score: 0 };
let start = performance.now();
const set = new DataSet(data);
for (const file of [
  'states',
  'majors',
  'capabilities',
  'contiguity',
  'capitals',
  'disputes',
  'wars',
  'alliances',
  'members',
  'leedsSavun',
])
  void set[file];
phases.load = performance.now() - start;
const byYear = entriesByYear(set, range);
for (let year = range.from; year <= range.to; year++) {
  start = performance.now();
  const job = prepareYear(set, year, byYear.get(year) ?? [], {
    external: (c, y) => set.leedsSavun.get(c, y),
  });
  phases.import += performance.now() - start;
  start = performance.now();
  evaluate(job.scenario, 'threat');
  evaluate(job.scenario, 'power');
  phases.evaluate += performance.now() - start;
  start = performance.now();
  scoreYear(job);
  // scoreYear evaluates again; what it adds over the two evaluations is the scoring.
  phases.score += performance.now() - start;
}
phases.score = Math.max(0, phases.score - phases.evaluate);
report('phases of one thread (ms)', {
  load: phases.load,
  import: phases.import,
  evaluate_both: phases.evaluate,
  score: phases.score,
});
