/**
 * Predicted coalitions: groups of states expected to stand together.
 *
 * Two steps, each a rule a student can apply by hand:
 * 1. States that balance against the same threat join; a bandwagoner joins the state it
 *    bandwagons with.
 * 2. States that balance against members of the same group from step 1 join each other: they
 *    face one opposing coalition (in 1914, Germany balancing against France and Austria-Hungary
 *    against Russia stand together against the Entente).
 * Step 2 is dropped for any group it would make contain a state together with the state it
 * balances against. A coalition has two or more members; a lone balancer relies on itself.
 * Members are listed by power, coalitions by the power of their strongest member.
 */
import type { Coalition } from './explanation.js';
import type { ModelInputs } from './model-inputs.js';
import type { Strategies } from './strategies.js';
import { UnionFind } from './union-find.js';
import { byPower } from './state-order.js';

/** The predicted coalitions of two or more members, by the two steps above. */
export function buildCoalitions(inputs: ModelInputs, strategies: Strategies): Coalition[] {
  const n = inputs.table.size;
  const first = firstStep(inputs, strategies);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) if (first.inPlay[i] === 1) size[first.groups.find(i)]!++;

  // Step 2 on a second union-find whose nodes n..2n-1 stand for "the side opposing group r".
  const second = new UnionFind(2 * n);
  for (let i = 0; i < n; i++) if (first.inPlay[i] === 1) second.union(i, first.groups.find(i));
  for (let i = 0; i < n; i++) {
    if (strategies.strategyOf(i) !== 'balance') continue;
    const opposed = first.groups.find(strategies.targetOf(i));
    if (size[opposed]! >= 2 && first.groups.find(i) !== opposed) second.union(i, n + opposed);
  }

  const candidates = collect(n, first.inPlay, (i) => second.find(i));
  const groups: number[][] = [];
  for (const members of candidates) {
    if (containsOwnTarget(strategies, members))
      groups.push(...collect(n, first.inPlay, (i) => first.groups.find(i), new Set(members)));
    else groups.push(members);
  }

  const ids = inputs.table.ids;
  const coalitions = groups
    .filter((members) => members.length >= 2)
    .map((list) => {
      const inside = new Set(list);
      const against = new Set<number>();
      const bandwagoners: number[] = [];
      for (const i of list) {
        const t = strategies.targetOf(i);
        if (strategies.strategyOf(i) === 'balance' && !inside.has(t)) against.add(t);
        if (strategies.strategyOf(i) === 'bandwagon') bandwagoners.push(i);
      }
      return {
        members: byPower(inputs, list),
        against: byPower(inputs, [...against]),
        bandwagoners: byPower(inputs, bandwagoners),
      };
    });
  const leads = byPower(
    inputs,
    coalitions.map((c) => c.members[0]!),
  );
  return leads.map((lead) => {
    const c = coalitions.find((x) => x.members[0] === lead)!;
    return {
      members: c.members.map((i) => ids[i]!),
      against: c.against.map((i) => ids[i]!),
      bandwagoners: c.bandwagoners.map((i) => ids[i]!),
    };
  });
}

function firstStep(inputs: ModelInputs, strategies: Strategies): { groups: UnionFind; inPlay: Uint8Array } {
  const n = inputs.table.size;
  const groups = new UnionFind(n);
  const firstBalancer = new Int32Array(n).fill(-1);
  const inPlay = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const strategy = strategies.strategyOf(i);
    const t = strategies.targetOf(i);
    if (strategy === 'balance') {
      if (firstBalancer[t]! < 0) firstBalancer[t] = i;
      else groups.union(firstBalancer[t]!, i);
      inPlay[i] = 1;
    } else if (strategy === 'bandwagon') {
      groups.union(i, t);
      inPlay[i] = inPlay[t] = 1;
    }
  }
  return { groups, inPlay };
}

/** The states in play grouped by `rootOf`, optionally only those in `only`; groups in index order. */
function collect(
  n: number,
  inPlay: Uint8Array,
  rootOf: (i: number) => number,
  only?: Set<number>,
): number[][] {
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (inPlay[i] !== 1 || (only !== undefined && !only.has(i))) continue;
    const root = rootOf(i);
    const list = byRoot.get(root);
    if (list === undefined) byRoot.set(root, [i]);
    else list.push(i);
  }
  return [...byRoot.values()];
}

function containsOwnTarget(strategies: Strategies, members: number[]): boolean {
  const inside = new Set(members);
  return members.some((i) => strategies.strategyOf(i) === 'balance' && inside.has(strategies.targetOf(i)));
}
