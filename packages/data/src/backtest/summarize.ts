/**
 * From per-entry outcomes to the figures the report shows: mean AUC with a bootstrap interval,
 * top-k hit rates beside what a random ranking scores, the alliance verdicts' shares, by era and
 * overall, the entries on which the theories disagree most, and the outside check against
 * Leeds & Savun's threat scores.
 *
 * The interval resamples alliances, not entries: the members of one alliance join together and
 * their outcomes move together, so resampling entries would overstate the precision.
 */
import type { AllianceVerdict, Strategy } from '@threatlab/core';
import type { EntryOutcome, TheoryName, YearOutcome } from './backtest-year.js';
import { TOP_K } from './backtest-year.js';
import { ERAS, CALIBRATION_LAST_YEAR } from './eras.js';
import { spearman } from './metrics.js';
import type { ScoringRule } from './partnership-score.js';

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export interface TheorySummary {
  /** Mean AUC over the entries, and its 95% bootstrap interval. */
  readonly auc: number;
  readonly aucInterval: Interval;
  /** Mean top-k hit rate for each k of TOP_K. */
  readonly hits: readonly number[];
  /** Entries whose alliance the model judged balancing, bandwagoning or anomalous. */
  readonly verdicts: Readonly<Record<AllianceVerdict, number>>;
  /** The strategy the theory predicted for the joining states. */
  readonly strategies: Readonly<Record<Strategy, number>>;
}

export interface GroupSummary {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly entries: number;
  readonly alliances: number;
  readonly threat: TheorySummary;
  readonly power: TheorySummary;
  /** What a random ranking scores on each top-k. */
  readonly randomHits: readonly number[];
  /** Mean of AUC(threat) - AUC(power) over entries, with its interval. */
  readonly difference: number;
  readonly differenceInterval: Interval;
}

export interface Disagreement {
  readonly entry: EntryOutcome;
  /** AUC under balance of threat minus under balance of power. */
  readonly gap: number;
}

export interface BacktestSummary {
  readonly from: number;
  readonly to: number;
  readonly years: number;
  readonly stateYears: number;
  readonly skipped: number;
  readonly rule: ScoringRule;
  readonly overall: GroupSummary;
  readonly eras: readonly GroupSummary[];
  /** The years a calibration could use, and the years after, held out. */
  readonly split: readonly GroupSummary[];
  readonly threatBetter: readonly Disagreement[];
  readonly powerBetter: readonly Disagreement[];
  readonly external: { readonly pairs: number; readonly threat: number; readonly power: number } | undefined;
}

export const BOOTSTRAP_RESAMPLES = 1000;
const DISAGREEMENTS_SHOWN = 10;

export function summarize(
  years: readonly YearOutcome[],
  rule: ScoringRule,
  from: number,
  to: number,
): BacktestSummary {
  const entries = years.flatMap((y) => y.entries);
  const group = (label: string, lo: number, hi: number) =>
    summarizeGroup(
      label,
      lo,
      hi,
      entries.filter((e) => e.year >= lo && e.year <= hi),
      rule,
    );
  const eras = ERAS.filter((e) => e.to >= from && e.from <= to).map((e) =>
    group(e.name, Math.max(e.from, from), Math.min(e.to, to)),
  );
  const split: GroupSummary[] = [];
  if (from <= CALIBRATION_LAST_YEAR)
    split.push(
      group(`${from}-${Math.min(to, CALIBRATION_LAST_YEAR)}`, from, Math.min(to, CALIBRATION_LAST_YEAR)),
    );
  if (to > CALIBRATION_LAST_YEAR)
    split.push(
      group(
        `${Math.max(from, CALIBRATION_LAST_YEAR + 1)}-${to} (held out)`,
        Math.max(from, CALIBRATION_LAST_YEAR + 1),
        to,
      ),
    );

  const gaps = entries
    .map((entry) => ({ entry, gap: entry.threat.rules[rule].auc - entry.power.rules[rule].auc }))
    .filter((d) => Number.isFinite(d.gap));
  const order = (a: Disagreement, b: Disagreement) =>
    b.gap - a.gap ||
    a.entry.year - b.entry.year ||
    a.entry.alliance - b.entry.alliance ||
    a.entry.ccode - b.entry.ccode;
  const threatBetter = gaps
    .filter((d) => d.gap > 0)
    .sort(order)
    .slice(0, DISAGREEMENTS_SHOWN);
  const powerBetter = gaps
    .filter((d) => d.gap < 0)
    .sort((a, b) => order(b, a))
    .slice(0, DISAGREEMENTS_SHOWN);

  const pairs = years.flatMap((y) => y.threatScores);
  const external =
    pairs.length > 0
      ? {
          pairs: pairs.length,
          threat: spearman(
            pairs.map((p) => p.external),
            pairs.map((p) => p.threat),
          ),
          power: spearman(
            pairs.map((p) => p.external),
            pairs.map((p) => p.power),
          ),
        }
      : undefined;

  return {
    from,
    to,
    years: years.length,
    stateYears: years.reduce((sum, y) => sum + y.states, 0),
    skipped: years.reduce((sum, y) => sum + y.skipped, 0),
    rule,
    overall: group(`${from}-${to}`, from, to),
    eras,
    split,
    threatBetter,
    powerBetter,
    external,
  };
}

function summarizeGroup(
  label: string,
  from: number,
  to: number,
  entries: readonly EntryOutcome[],
  rule: ScoringRule,
): GroupSummary {
  const clusters = clustersOf(entries);
  const theory = (name: TheoryName): TheorySummary => {
    const auc = (e: EntryOutcome) => e[name].rules[rule].auc;
    const verdicts: Record<AllianceVerdict, number> = { balancing: 0, bandwagoning: 0, anomalous: 0 };
    for (const e of entries) if (e[name].verdict) verdicts[e[name].verdict!]++;
    const strategies: Record<Strategy, number> = { balance: 0, bandwagon: 0, neutral: 0 };
    for (const e of entries) if (e[name].strategy) strategies[e[name].strategy!]++;
    return {
      strategies,
      auc: mean(entries.map(auc)),
      aucInterval: bootstrap(clusters, auc),
      hits: TOP_K.map((_, k) => mean(entries.map((e) => e[name].rules[rule].hits[k]!))),
      verdicts,
    };
  };
  const difference = (e: EntryOutcome) => e.threat.rules[rule].auc - e.power.rules[rule].auc;
  return {
    label,
    from,
    to,
    entries: entries.length,
    alliances: clusters.length,
    threat: theory('threat'),
    power: theory('power'),
    randomHits: TOP_K.map((_, k) => mean(entries.map((e) => e.randomHits[k]!))),
    difference: mean(entries.map(difference)),
    differenceInterval: bootstrap(clusters, difference),
  };
}

/** Entries grouped by alliance and year: the units the bootstrap resamples. */
function clustersOf(entries: readonly EntryOutcome[]): EntryOutcome[][] {
  const byKey = new Map<string, EntryOutcome[]>();
  for (const e of entries) {
    const key = `${e.alliance}:${e.year}`;
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  }
  return [...byKey.values()];
}

/** Mean of the finite values; NaN when there are none. */
export function mean(values: readonly number[]): number {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    sum += v;
    count++;
  }
  return count === 0 ? NaN : sum / count;
}

/**
 * A 95% percentile interval for the mean of `value` over entries, resampling clusters with a
 * fixed seed so the report is the same on every run.
 */
export function bootstrap(
  clusters: readonly (readonly EntryOutcome[])[],
  value: (e: EntryOutcome) => number,
): Interval {
  if (clusters.length < 2) return { low: NaN, high: NaN };
  const n = clusters.length;
  const sums = new Float64Array(n);
  const counts = new Float64Array(n);
  clusters.forEach((c, k) => {
    for (const e of c) {
      const v = value(e);
      if (Number.isFinite(v)) {
        sums[k]! += v;
        counts[k]!++;
      }
    }
  });
  const picks = resamples(n);
  const means: number[] = [];
  for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
    let sum = 0;
    let count = 0;
    for (let i = r * n, end = i + n; i < end; i++) {
      const k = picks[i]!;
      sum += sums[k]!;
      count += counts[k]!;
    }
    if (count > 0) means.push(sum / count);
  }
  means.sort((a, b) => a - b);
  return { low: quantile(means, 0.025), high: quantile(means, 0.975) };
}

const RESAMPLES = new Map<number, Int32Array>();

/**
 * The clusters each resample draws, for `n` clusters: the same seeded sequence every time, so
 * it is drawn once per size and shared by every interval of that size (the report computes
 * dozens).
 */
function resamples(n: number): Int32Array {
  let picks = RESAMPLES.get(n);
  if (!picks) {
    const random = mulberry32(20240601);
    picks = new Int32Array(BOOTSTRAP_RESAMPLES * n);
    for (let i = 0; i < picks.length; i++) picks[i] = Math.floor(random() * n);
    RESAMPLES.set(n, picks);
  }
  return picks;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** A small seeded generator (Mulberry32): deterministic, good enough for resampling. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
