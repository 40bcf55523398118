/**
 * Declared alliances held against the prediction. The tests run in this order:
 *
 * 1. `bandwagoning`: a member is predicted to bandwagon with another member.
 * 2. `anomalous`: a member is predicted to balance against another member.
 * 3. `balancing`: some state outside the alliance is a threat every member would act on
 *    (at least the neutral threshold, and at least `partner-threat` times the member's greatest
 *    threat) -- the same test that makes a state a partner. The common threat named is the one
 *    whose smallest threat to a member is greatest.
 * 4. `anomalous`: the members share no such threat.
 *
 * Members that are not states of the scenario are ignored.
 */
import type { AllianceAssessment } from './explanation.js';
import type { ModelInputs } from './model-inputs.js';
import type { Strategies } from './strategies.js';
import { fixed } from './format.js';

/** One assessment per declared alliance, in declaration order, by the tests above. */
export function assessAlliances(inputs: ModelInputs, strategies: Strategies): AllianceAssessment[] {
  return (inputs.scenario.alliances ?? []).flatMap((alliance) => {
    if (alliance === null || typeof alliance !== 'object') return [];
    const known = [
      ...new Set((alliance.members ?? []).map((id) => inputs.table.indexOf(id)).filter((i) => i >= 0)),
    ];
    return [assessOne(inputs, strategies, String(alliance.name ?? ''), known)];
  });
}

function assessOne(
  inputs: ModelInputs,
  strategies: Strategies,
  name: string,
  members: number[],
): AllianceAssessment {
  const names = inputs.table.names;
  const ids = members.map((i) => inputs.table.ids[i]!);
  if (members.length < 2) {
    return {
      name,
      members: ids,
      verdict: 'anomalous',
      reason: 'it has fewer than two members in the scenario',
    };
  }
  const inside = new Set(members);

  for (const m of members) {
    const t = strategies.targetOf(m);
    if (strategies.strategyOf(m) === 'bandwagon' && inside.has(t)) {
      return {
        name,
        members: ids,
        verdict: 'bandwagoning',
        reason: `${names[m]} bandwagons with ${names[t]}, a fellow member`,
      };
    }
  }
  for (const m of members) {
    const t = strategies.targetOf(m);
    if (strategies.strategyOf(m) === 'balance' && inside.has(t)) {
      return {
        name,
        members: ids,
        verdict: 'anomalous',
        reason: `the main threat to ${names[m]} is ${names[t]}, a fellow member`,
      };
    }
  }

  const common = commonThreat(inputs, strategies, members, inside);
  if (common >= 0) {
    const scores = members.map((m) => `${names[m]} ${fixed(strategies.score(m, common))}`).join(', ');
    return {
      name,
      members: ids,
      verdict: 'balancing',
      commonThreat: inputs.table.ids[common]!,
      reason: `every member is threatened by ${names[common]} (${scores})`,
    };
  }
  return { name, members: ids, verdict: 'anomalous', reason: 'the members share no threat worth balancing' };
}

function commonThreat(
  inputs: ModelInputs,
  strategies: Strategies,
  members: number[],
  inside: Set<number>,
): number {
  const n = inputs.table.size;
  const floor = strategies.neutralKey;
  const fraction = strategies.partnerKey;
  let best = -1;
  let bestLeast = -Infinity;
  for (let t = 0; t < n; t++) {
    if (inside.has(t)) continue;
    let least = Infinity;
    let shared = true;
    for (const m of members) {
      const score = strategies.keys[m * n + t]!;
      if (score < floor || score < strategies.scale.times(fraction, strategies.maxKey[m]!)) {
        shared = false;
        break;
      }
      least = Math.min(least, score);
    }
    if (!shared) continue;
    const better =
      best < 0 ||
      least > bestLeast ||
      (least === bestLeast &&
        (inputs.power[t]! > inputs.power[best]! ||
          (inputs.power[t] === inputs.power[best] && inputs.table.idRank[t]! < inputs.table.idRank[best]!)));
    if (better) {
      best = t;
      bestLeast = least;
    }
  }
  return best;
}
