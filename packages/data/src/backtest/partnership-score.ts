/**
 * How highly a theory ranks each candidate as an alliance partner of a state, read off the
 * model's output for that theory (core's `evaluate`); nothing here recomputes the model.
 *
 * The primary rule, `model-ranking`, is the model's own ranking, in tiers (best first):
 * - 3, partners: j is in i's predicted partner list (fellow balancers against i's threat,
 *   ordered by the help they can bring; or the state i bandwagons with), higher the earlier it
 *   is listed; a state predicted to bandwagon with i comes after i's listed partners;
 * - 2, coalition: i and j stand in the same predicted coalition;
 * - 1, unaligned: neither partners nor opponents;
 * - 0, opponents: one is predicted to balance against the other.
 * Candidates within tiers 0-2 are tied: the model says nothing to tell them apart, and the
 * metrics give ties half credit.
 *
 * The `shared-threat` rule was the back-test's first rule, kept for the record (the report
 * says why): the same tiers without the list order, and within each tier
 *   c = min(T(i, t), T(j, t)) - T(i, j),
 * how much j shares i's main threat t less how much j threatens i, scored tier + (c + 1) / 2.
 *
 * Both rules serve both theories unchanged; under balance of power T is the power-only score.
 */
import type { Evaluation, StateId } from '@threatlab/core';

export const SCORING_RULES = ['model-ranking', 'shared-threat'] as const;
export type ScoringRule = (typeof SCORING_RULES)[number];

export const TIER = { opponents: 0, unaligned: 1, coalition: 2, partners: 3 } as const;

export class PartnershipScorer {
  private readonly coalitionOf = new Map<StateId, number>();

  constructor(readonly evaluation: Evaluation) {
    evaluation.coalitions.forEach((c, index) => {
      for (const member of c.members) this.coalitionOf.set(member, index);
    });
  }

  /** The state i's ranking is organised around: its predicted target, else its greatest threat. */
  mainThreat(observer: StateId): StateId | undefined {
    const prediction = this.evaluation.predictions.get(observer);
    if (prediction?.target !== undefined) return prediction.target;
    let best: StateId | undefined;
    let bestScore = -1;
    for (const other of this.evaluation.states) {
      if (other === observer) continue;
      const score = this.evaluation.threat(observer, other);
      if (score > bestScore) {
        best = other;
        bestScore = score;
      }
    }
    return best;
  }

  /** Scores of each candidate as a partner of `observer` under one rule, in the candidates' order. */
  scores(observer: StateId, candidates: readonly StateId[], rule: ScoringRule): Float64Array {
    return this.allScores(observer, candidates)[rule];
  }

  /** Scores under every rule at once: the tiers are worked out once for both. */
  allScores(observer: StateId, candidates: readonly StateId[]): Record<ScoringRule, Float64Array> {
    const e = this.evaluation;
    const self = e.predictions.get(observer);
    const listed = self?.partners ?? [];
    const position = new Map(listed.map((p, k) => [p, k]));
    const ci = this.coalitionOf.get(observer);
    const t = this.mainThreat(observer);
    const iThreat = t === undefined ? 0 : e.threat(observer, t);
    const ranking = new Float64Array(candidates.length);
    const shared = new Float64Array(candidates.length);
    for (let k = 0; k < candidates.length; k++) {
      const j = candidates[k]!;
      const other = e.predictions.get(j);
      let tier: number;
      let within = 0;
      if (
        (self?.strategy === 'balance' && self.target === j) ||
        (other?.strategy === 'balance' && other.target === observer)
      ) {
        tier = TIER.opponents;
      } else if (position.has(j)) {
        tier = TIER.partners;
        // The first listed partner scores highest; every listed one above a bandwagoner's 0.
        within = (listed.length - position.get(j)!) / (listed.length + 1);
      } else if (other?.strategy === 'bandwagon' && other.target === observer) {
        tier = TIER.partners;
      } else {
        tier = ci !== undefined && ci === this.coalitionOf.get(j) ? TIER.coalition : TIER.unaligned;
      }
      ranking[k] = tier + within;
      const common = t === undefined || j === t ? 0 : Math.min(iThreat, e.threat(j, t));
      shared[k] = tier + (common - e.threat(observer, j) + 1) / 2;
    }
    return { 'model-ranking': ranking, 'shared-threat': shared };
  }
}
