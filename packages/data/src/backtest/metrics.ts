/**
 * The measures the back-test reports, for one ranking of candidates with some of them true
 * partners. Ties are never broken by name or order, which could favour one theory: they count
 * as half in the AUC and as a fair draw in the top-k hit rate.
 */

export interface RankingMetrics {
  readonly auc: number;
  /** For each k asked for, the probability that a true partner is in the top k. */
  readonly hits: readonly number[];
  readonly bestRank: number;
}

/**
 * All the measures of one ranking from one pass: `rocAuc`, `topKHit` for each k and
 * `bestPartnerRank`. The back-test scores thousands of rankings, so the true partners' and the
 * others' scores are sorted apart as typed arrays (a native numeric sort) and walked together
 * from the top, group of equal scores by group of equal scores.
 */
export function rankingMetrics(
  scores: ArrayLike<number>,
  positive: ArrayLike<boolean>,
  ks: readonly number[],
): RankingMetrics {
  const n = scores.length;
  let positives = 0;
  for (let i = 0; i < n; i++) if (positive[i]) positives++;
  const negatives = n - positives;
  const pos = new Float64Array(positives);
  const neg = new Float64Array(negatives);
  for (let i = 0, p = 0, q = 0; i < n; i++) {
    if (positive[i]) pos[p++] = scores[i]!;
    else neg[q++] = scores[i]!;
  }
  pos.sort();
  neg.sort();
  const hits = ks.map(() => 0);
  const done = ks.map(() => false);
  let bestRank = NaN;
  // Wins: for each true partner, the others ranked below it, ties counting half.
  let wins = 0;
  let above = 0;
  let p = positives - 1;
  let q = negatives - 1;
  while (p >= 0 || q >= 0) {
    const value = Math.max(p >= 0 ? pos[p]! : -Infinity, q >= 0 ? neg[q]! : -Infinity);
    let groupPositives = 0;
    let groupNegatives = 0;
    while (p >= 0 && pos[p] === value) {
      groupPositives++;
      p--;
    }
    while (q >= 0 && neg[q] === value) {
      groupNegatives++;
      q--;
    }
    const size = groupPositives + groupNegatives;
    if (groupPositives > 0) {
      if (Number.isNaN(bestRank)) bestRank = above + (size + 1) / 2;
      wins += groupPositives * (q + 1 + groupNegatives / 2);
    }
    for (let k = 0; k < ks.length; k++) {
      if (done[k]) continue;
      const cut = ks[k]!;
      if (above >= cut) done[k] = true;
      else if (groupPositives > 0) {
        const slots = Math.min(size, cut - above);
        hits[k] = slots === size ? 1 : 1 - noneDrawn(size, groupPositives, slots);
        done[k] = true;
      }
    }
    above += size;
  }
  const auc = positives === 0 || negatives === 0 ? NaN : wins / (positives * negatives);
  return { auc, hits, bestRank };
}

/**
 * ROC AUC of a ranking: the probability that a true partner scores above a non-partner,
 * counting ties as one half (the Mann-Whitney statistic over pairs). NaN when either class is empty.
 */
export function rocAuc(scores: ArrayLike<number>, positive: ArrayLike<boolean>): number {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]!] === scores[order[start]!]) end++;
    // Ranks are 1-based; a tie group shares the mean of its ranks.
    const midRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) {
      if (positive[order[k]!]) {
        positives++;
        rankSum += midRank;
      }
    }
    start = end + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * The probability that at least one true partner is among the top k candidates when ties at the
 * cut are drawn at random: 1 if one ranks strictly inside, else the chance that the draw from the
 * group straddling the cut picks one (hypergeometric).
 */
export function topKHit(scores: ArrayLike<number>, positive: ArrayLike<boolean>, k: number): number {
  const n = scores.length;
  if (n === 0 || k <= 0) return 0;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let taken = 0;
  for (let start = 0; start < n && taken < k;) {
    let end = start;
    while (end + 1 < n && scores[order[end + 1]!] === scores[order[start]!]) end++;
    const size = end - start + 1;
    let hits = 0;
    for (let i = start; i <= end; i++) if (positive[order[i]!]) hits++;
    const slots = Math.min(size, k - taken);
    if (hits > 0) return slots === size ? 1 : 1 - noneDrawn(size, hits, slots);
    taken += size;
    start = end + 1;
  }
  return 0;
}

/** What a random ranking scores on `topKHit`: 1 - C(n - p, k) / C(n, k). */
export function randomTopKHit(candidates: number, positives: number, k: number): number {
  return 1 - noneDrawn(candidates, positives, Math.min(k, candidates));
}

/** The chance that drawing `draws` of `size` items, `hits` of them marked, picks no marked one. */
function noneDrawn(size: number, hits: number, draws: number): number {
  let p = 1;
  for (let i = 0; i < draws; i++) {
    const left = size - i;
    const unmarked = size - hits - i;
    if (unmarked <= 0) return 0;
    p *= unmarked / left;
  }
  return p;
}

/** The 1-based rank of the best-ranked true partner, ties taking the mean rank of their group. */
export function bestPartnerRank(scores: ArrayLike<number>, positive: ArrayLike<boolean>): number {
  let best = -Infinity;
  for (let i = 0; i < scores.length; i++) if (positive[i] && scores[i]! > best) best = scores[i]!;
  if (best === -Infinity) return NaN;
  let above = 0;
  let tied = 0;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! > best) above++;
    else if (scores[i] === best) tied++;
  }
  return above + (tied + 1) / 2;
}

/** Spearman's rank correlation (ties by mid-rank); NaN for fewer than three pairs. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length || x.length < 3) return NaN;
  const rx = midRanks(x);
  const ry = midRanks(y);
  const mean = (x.length + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (rx[i]! - mean) * (ry[i]! - mean);
    sxx += (rx[i]! - mean) ** 2;
    syy += (ry[i]! - mean) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

function midRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end++;
    for (let k = start; k <= end; k++) ranks[order[k]!] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return ranks;
}
