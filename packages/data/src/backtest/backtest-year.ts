/**
 * One year of the back-test: import the whole state system, evaluate it under balance of
 * threat and balance of power with core's `evaluate`, and score each alliance entry of the
 * year against both.
 *
 * The scenario keeps, of the alliances in force during the year, those the year's entries
 * join; core only uses declared alliances to judge them (balancing, bandwagoning or
 * anomalous), never to make its predictions, so the outcome does not leak into the forecast.
 * The intentions the importer derives come from the years before (see proxies/intentions.ts).
 */
import {
  evaluate,
  type AllianceVerdict,
  type Evaluation,
  type Scenario,
  type SettingName,
  type StateId,
  type Strategy,
} from '@threatlab/core';
import type { DataSet } from '../data-set.js';
import { importYear } from '../import-year.js';
import { toScenario } from '../to-scenario.js';
import type { AllianceEntry } from './alliance-entries.js';
import { randomTopKHit, rankingMetrics } from './metrics.js';
import { PartnershipScorer, SCORING_RULES, type ScoringRule } from './partnership-score.js';

/** The k of the top-k hit rates. */
export const TOP_K = [1, 3, 5, 10] as const;

export const THEORIES = ['threat', 'power'] as const;
export type TheoryName = (typeof THEORIES)[number];

/** How one scoring rule ranked the true partners of an entry among the candidates. */
export interface RankingOutcome {
  /** The probability a true partner outranks a non-partner. */
  readonly auc: number;
  /** For each k of TOP_K, the probability a true partner is in the top k. */
  readonly hits: readonly number[];
  /** Rank of the best-ranked true partner (1 is first). */
  readonly bestRank: number;
}

export interface TheoryOutcome {
  readonly rules: Readonly<Record<ScoringRule, RankingOutcome>>;
  /** The model's verdict on the alliance as it stood that year. */
  readonly verdict: AllianceVerdict | undefined;
  /** The joining state's predicted strategy, and the state its ranking is organised around. */
  readonly strategy: Strategy | undefined;
  readonly mainThreat: string | undefined;
}

export interface EntryOutcome {
  readonly alliance: number;
  readonly year: number;
  readonly ccode: number;
  readonly state: string;
  readonly partners: readonly string[];
  readonly candidates: number;
  /** What a random ranking scores on each top-k, for comparison. */
  readonly randomHits: readonly number[];
  readonly threat: TheoryOutcome;
  readonly power: TheoryOutcome;
}

export interface ThreatScorePair {
  readonly ccode: number;
  /** Leeds & Savun's external threat score. */
  readonly external: number;
  /** The greatest threat the state faces under each theory. */
  readonly threat: number;
  readonly power: number;
}

export interface YearOutcome {
  readonly year: number;
  readonly states: number;
  readonly entries: readonly EntryOutcome[];
  /** Entries of the year left out: the joining state, or all its partners, outside the system. */
  readonly skipped: number;
  readonly threatScores: readonly ThreatScorePair[];
}

export interface YearOptions {
  /** Leeds & Savun scores to compare the greatest threats with, when loaded. */
  readonly external?: (ccode: number, year: number) => number | undefined;
}

/**
 * Everything needed to score one year, as plain data: a worker thread receives it by message,
 * so only the main thread reads the data files.
 */
export interface YearJob {
  readonly year: number;
  readonly scenario: Scenario;
  readonly states: readonly { readonly ccode: number; readonly id: StateId; readonly name: string }[];
  readonly entries: readonly AllianceEntry[];
  readonly external: readonly { readonly ccode: number; readonly score: number }[];
}

/** Imports the year and gathers its entries: the part of a year that reads the data. */
export function prepareYear(
  data: DataSet,
  year: number,
  entries: readonly AllianceEntry[],
  options: YearOptions = {},
): YearJob {
  const imported = importYear(data, { year });
  if (!imported.ok) throw new Error(imported.errors.join('; '));
  const system = imported.system;
  const external: { ccode: number; score: number }[] = [];
  if (options.external) {
    for (const s of system.states) {
      const score = options.external(s.ccode, year);
      if (score !== undefined) external.push({ ccode: s.ccode, score });
    }
  }
  // Core judges every declared alliance and its predictions never read them (a test checks
  // this), so only the alliances joined this year are kept: the ones whose verdicts count.
  const joined = new Set(entries.map((e) => `ATOP ${e.alliance}`));
  const scenario = toScenario(system);
  return {
    year,
    scenario: { ...scenario, alliances: scenario.alliances.filter((a) => joined.has(a.name)) },
    states: system.states.map((s) => ({ ccode: s.ccode, id: s.id, name: s.name })),
    entries,
    external,
  };
}

/** One year end to end, in this thread. */
export function backtestYear(
  data: DataSet,
  year: number,
  entries: readonly AllianceEntry[],
  options: YearOptions & { readonly settings?: Readonly<Partial<Record<SettingName, number>>> } = {},
): YearOutcome {
  return scoreYear(prepareYear(data, year, entries, options), options.settings);
}

/** Evaluates a prepared year under both theories and scores its entries: the part that reads no file. */
export function scoreYear(
  job: YearJob,
  settings?: Readonly<Partial<Record<SettingName, number>>>,
): YearOutcome {
  const { year } = job;
  const scenario: Scenario = settings ? { ...job.scenario, settings: { ...settings } } : job.scenario;
  const evaluations = { threat: evaluate(scenario, 'threat'), power: evaluate(scenario, 'power') };
  const scorers = {
    threat: new PartnershipScorer(evaluations.threat),
    power: new PartnershipScorer(evaluations.power),
  };
  const verdicts = { threat: verdictsByName(evaluations.threat), power: verdictsByName(evaluations.power) };
  const nameOf = new Map(job.states.map((s) => [s.id, s.name]));
  const idOf = new Map(job.states.map((s) => [s.ccode, s.id]));
  const ids = job.states.map((s) => s.id);

  const outcomes: EntryOutcome[] = [];
  let skipped = 0;
  for (const entry of job.entries) {
    const self = idOf.get(entry.state);
    const partners = entry.partners.map((p) => idOf.get(p)).filter((p): p is StateId => p !== undefined);
    if (self === undefined || partners.length === 0) {
      skipped++;
      continue;
    }
    const candidates = ids.filter((id) => id !== self);
    const wanted = new Set(partners);
    const positive = candidates.map((c) => wanted.has(c));
    const outcome = (theory: TheoryName): TheoryOutcome => {
      const scores = scorers[theory].allScores(self, candidates);
      const ranking = (rule: ScoringRule): RankingOutcome => rankingMetrics(scores[rule], positive, TOP_K);
      const prediction = evaluations[theory].predictions.get(self);
      const main = scorers[theory].mainThreat(self);
      return {
        rules: Object.fromEntries(SCORING_RULES.map((rule) => [rule, ranking(rule)])) as Record<
          ScoringRule,
          RankingOutcome
        >,
        verdict: verdicts[theory].get(`ATOP ${entry.alliance}`),
        strategy: prediction?.strategy,
        mainThreat: main === undefined ? undefined : nameOf.get(main),
      };
    };
    outcomes.push({
      alliance: entry.alliance,
      year,
      ccode: entry.state,
      state: nameOf.get(self) ?? self,
      partners: partners.map((p) => nameOf.get(p) ?? p),
      candidates: candidates.length,
      randomHits: TOP_K.map((k) => randomTopKHit(candidates.length, partners.length, k)),
      threat: outcome('threat'),
      power: outcome('power'),
    });
  }

  const threatScores: ThreatScorePair[] = job.external.map(({ ccode, score }) => {
    const id = idOf.get(ccode)!;
    return {
      ccode,
      external: score,
      threat: greatestThreat(evaluations.threat, scorers.threat, id),
      power: greatestThreat(evaluations.power, scorers.power, id),
    };
  });
  return { year, states: ids.length, entries: outcomes, skipped, threatScores };
}

function verdictsByName(evaluation: Evaluation): Map<string, AllianceVerdict> {
  return new Map(evaluation.alliances.map((a) => [a.name, a.verdict]));
}

function greatestThreat(evaluation: Evaluation, scorer: PartnershipScorer, state: StateId): number {
  const main = scorer.mainThreat(state);
  return main === undefined ? 0 : evaluation.threat(state, main);
}
