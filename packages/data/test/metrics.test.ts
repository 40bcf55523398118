/**
 * The back-test's measures: hand-checked small cases, ties, and the one-sort version against
 * the plain definitions on random rankings.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bestPartnerRank,
  randomTopKHit,
  rankingMetrics,
  rocAuc,
  spearman,
  topKHit,
} from '../src/backtest/metrics.js';

describe('ROC AUC', () => {
  it('is 1 when every partner outranks every other candidate, 0 when the reverse, 0.5 when all tie', () => {
    expect(rocAuc([3, 2, 1, 0], [true, true, false, false])).toBe(1);
    expect(rocAuc([0, 1, 2, 3], [true, true, false, false])).toBe(0);
    expect(rocAuc([1, 1, 1, 1], [true, false, false, false])).toBe(0.5);
  });

  it('counts a tie between a partner and a non-partner as one half', () => {
    // The partner ties one of two others and beats the other: (1 + 0.5) / 2.
    expect(rocAuc([2, 2, 1], [true, false, false])).toBe(0.75);
  });

  it('is undefined without partners or without others', () => {
    expect(rocAuc([1, 2], [false, false])).toBeNaN();
    expect(rocAuc([1, 2], [true, true])).toBeNaN();
  });
});

describe('top-k hits', () => {
  it('is 1 when a partner ranks within k, 0 when none does', () => {
    expect(topKHit([5, 4, 3, 2], [false, true, false, false], 2)).toBe(1);
    expect(topKHit([5, 4, 3, 2], [false, false, false, true], 3)).toBe(0);
  });

  it('draws fairly at a tie across the cut', () => {
    // One partner among four tied candidates, two places left: a 1 in 2 chance.
    expect(topKHit([9, 1, 1, 1, 1], [false, true, false, false, false], 3)).toBeCloseTo(0.5, 12);
  });

  it('gives a random ranking its hypergeometric chance', () => {
    expect(randomTopKHit(10, 1, 3)).toBeCloseTo(0.3, 12);
    expect(randomTopKHit(4, 2, 1)).toBeCloseTo(0.5, 12);
    expect(randomTopKHit(3, 1, 5)).toBe(1);
  });

  it('equals the random chance when every candidate ties', () => {
    const scores = new Array(12).fill(0);
    const positive = scores.map((_, i) => i < 3);
    expect(topKHit(scores, positive, 5)).toBeCloseTo(randomTopKHit(12, 3, 5), 12);
  });
});

describe('one sort for all measures', () => {
  it('agrees with the plain definitions on random rankings with ties', () => {
    const ranking = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.boolean()), { minLength: 1, maxLength: 40 })
      .map((pairs) => ({ scores: pairs.map((p) => p[0] / 2), positive: pairs.map((p) => p[1]) }));
    fc.assert(
      fc.property(ranking, ({ scores, positive }) => {
        const ks = [1, 3, 5, 10];
        const all = rankingMetrics(scores, positive, ks);
        const auc = rocAuc(scores, positive);
        if (Number.isNaN(auc)) expect(all.auc).toBeNaN();
        else expect(all.auc).toBeCloseTo(auc, 12);
        ks.forEach((k, q) => expect(all.hits[q]).toBeCloseTo(topKHit(scores, positive, k), 12));
        const best = bestPartnerRank(scores, positive);
        if (Number.isNaN(best)) expect(all.bestRank).toBeNaN();
        else expect(all.bestRank).toBe(best);
      }),
    );
  });
});

describe('rank correlation', () => {
  it('is 1 for a monotone relation, -1 for a reversed one', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 45])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2], [1, 2])).toBeNaN();
  });
});
