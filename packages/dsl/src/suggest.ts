/**
 * "Did you mean" suggestions by edit distance.
 *
 * The distance is optimal string alignment (Levenshtein plus swapping two neighbouring
 * letters, the commonest typing slip). A candidate is suggested when it is within a third of
 * the word's length (at least 1, at most 3 edits), as rustc and TypeScript roughly do; a
 * match that differs only in case always qualifies.
 */

/**
 * The optimal-string-alignment distance between `a` and `b`, or `limit + 1` as soon as it must
 * exceed `limit` (which keeps a search over many names cheap).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let previous2 = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  let current = new Array<number>(cols).fill(0);
  for (let i = 1; i < rows; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[cols - 1]!;
}

/** The candidate closest to `word`, if any is close enough to be a likely slip. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const candidateLower = candidate.toLowerCase();
    const distance = candidateLower === lower ? 0 : editDistance(lower, candidateLower, limit);
    // Ties go to the alphabetically first candidate so that suggestions do not depend on
    // declaration order.
    if (
      distance <= limit &&
      (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best))
    ) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
