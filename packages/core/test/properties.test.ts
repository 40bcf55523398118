/**
 * Properties of the model that must hold for any scenario.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../src/evaluate.js';
import { analyze } from '../src/analyze.js';
import type { Evaluation } from '../src/evaluation.js';
import type { Scenario, StateId } from '../src/scenario.js';
import { internalsOf } from '../src/evaluation-internals.js';
import { scenarioArbitrary } from './arbitraries.js';

const RUNS = { numRuns: 150 };

/** The scenario with one state's facts changed. */
function withState(
  scenario: Scenario,
  id: StateId,
  change: (s: Scenario['states'][number]) => Scenario['states'][number],
): Scenario {
  return { ...scenario, states: scenario.states.map((s) => (s.id === id ? change(s) : s)) };
}

const pickPair = (scenario: Scenario) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: scenario.states.length - 1 }),
      fc.integer({ min: 0, max: scenario.states.length - 1 }),
    )
    .filter(([a, b]) => a !== b);

describe('monotonicity: more of any factor never lowers a threat', () => {
  const threatBefore = (s: Scenario, o: StateId, t: StateId) => evaluate(s).threat(o, t);

  it('raising the target power', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary().chain((s) =>
          fc.tuple(fc.constant(s), pickPair(s), fc.integer({ min: 1, max: 1000 })),
        ),
        ([scenario, [o, t], extra]) => {
          const observer = scenario.states[o]!.id;
          const target = scenario.states[t]!;
          const share = target.power.kind === 'share' ? target.power.share : 0;
          const after = withState(scenario, target.id, (s) => ({
            ...s,
            power: { kind: 'share', share: share + extra / 1000 },
          }));
          expect(evaluate(after).threat(observer, target.id)).toBeGreaterThanOrEqual(
            threatBefore(scenario, observer, target.id),
          );
        },
      ),
      RUNS,
    );
  });

  it('raising the target offense or declared intent', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary().chain((s) =>
          fc.tuple(fc.constant(s), pickPair(s), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()),
        ),
        ([scenario, [o, t], value, offense]) => {
          const observer = scenario.states[o]!.id;
          const target = scenario.states[t]!.id;
          const lower = withState(scenario, target, (s) =>
            offense ? { ...s, offense: value / 2 } : { ...s, intent: value / 2 },
          );
          const higher = withState(scenario, target, (s) =>
            offense ? { ...s, offense: value } : { ...s, intent: value },
          );
          expect(evaluate(higher).threat(observer, target)).toBeGreaterThanOrEqual(
            evaluate(lower).threat(observer, target),
          );
        },
      ),
      RUNS,
    );
  });

  it('raising the observer perception of the target', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary().chain((s) =>
          fc.tuple(fc.constant(s), pickPair(s), fc.double({ min: 0, max: 1, noNaN: true })),
        ),
        ([scenario, [o, t], value]) => {
          const observer = scenario.states[o]!.id;
          const target = scenario.states[t]!.id;
          const others = scenario.perceptions.filter((p) => p.observer !== observer || p.target !== target);
          const at = (intent: number) =>
            evaluate({ ...scenario, perceptions: [...others, { observer, target, intent }] }).threat(
              observer,
              target,
            );
          expect(at(value)).toBeGreaterThanOrEqual(at(value / 2));
        },
      ),
      RUNS,
    );
  });

  it('bringing the target closer', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary().chain((s) =>
          fc.tuple(fc.constant(s), pickPair(s), fc.integer({ min: 0, max: 20_000 })),
        ),
        ([scenario, [o, t], km]) => {
          const observer = scenario.states[o]!.id;
          const target = scenario.states[t]!.id;
          const at = (distance: number) =>
            evaluate({
              ...scenario,
              links: [...scenario.links, { kind: 'distance', a: observer, b: target, km: distance }],
            }).threat(observer, target);
          expect(at(km / 2)).toBeGreaterThanOrEqual(at(km));
          const bordering = evaluate({
            ...scenario,
            links: [...scenario.links, { kind: 'land', a: target, b: observer }],
          });
          expect(bordering.threat(observer, target)).toBeGreaterThanOrEqual(at(km));
        },
      ),
      RUNS,
    );
  });
});

/** Renames every state and shuffles every list, consistently. */
function disguise(
  scenario: Scenario,
  names: readonly string[],
  order: readonly number[],
): { scenario: Scenario; rename: (id: StateId) => StateId } {
  const map = new Map(scenario.states.map((s, i) => [s.id, names[i]!]));
  const rename = (id: StateId) => map.get(id) ?? id;
  const shuffled = <T>(list: readonly T[]) => {
    // A permutation built from `order`: sort indices by a key drawn from it.
    const keys = list.map((_, i) => order[i % order.length]! * 1000 + i);
    return list
      .map((item, i) => [keys[i]!, item] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, item]) => item);
  };
  return {
    rename,
    scenario: {
      ...scenario,
      states: shuffled(scenario.states.map((s) => ({ ...s, id: rename(s.id), name: rename(s.id) }))),
      links: shuffled(scenario.links.map((l) => ({ ...l, a: rename(l.b), b: rename(l.a) }))),
      perceptions: shuffled(
        scenario.perceptions.map((p) => ({ ...p, observer: rename(p.observer), target: rename(p.target) })),
      ),
      alliances: shuffled(
        scenario.alliances.map((a) => ({ ...a, members: shuffled(a.members.map(rename)) })),
      ),
    },
  };
}

function sameResults(a: Evaluation, b: Evaluation, rename: (id: StateId) => StateId): void {
  for (const id of a.states) {
    const p = a.predictions.get(id)!;
    const q = b.predictions.get(rename(id))!;
    expect(q.strategy).toBe(p.strategy);
    expect(q.target).toBe(p.target === undefined ? undefined : rename(p.target));
    expect(q.rule.id).toBe(p.rule.id);
    expect([...q.partners].sort()).toEqual(p.partners.map(rename).sort());
    for (const other of a.states)
      if (other !== id) expect(b.threat(rename(id), rename(other))).toBeCloseTo(a.threat(id, other), 12);
  }
  const groups = (e: Evaluation, f: (id: StateId) => StateId) =>
    e.coalitions.map((c) => c.members.map(f).sort().join(',')).sort();
  expect(groups(b, (x) => x)).toEqual(groups(a, rename));
  const verdicts = (e: Evaluation) => e.alliances.map((x) => x.verdict).sort();
  expect(verdicts(b)).toEqual(verdicts(a));
}

describe('invariance', () => {
  it('results do not depend on declaration order or on the names of states', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary().chain((s) =>
          fc.tuple(
            fc.constant(s),
            fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,8}$/), {
              minLength: s.states.length,
              maxLength: s.states.length,
            }),
            fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 10 }),
          ),
        ),
        ([scenario, names, order]) => {
          const { scenario: disguised, rename } = disguise(scenario, names, order);
          for (const theory of ['threat', 'power'] as const)
            sameResults(evaluate(scenario, theory), evaluate(disguised, theory), rename);
        },
      ),
      RUNS,
    );
  });

  it('evaluation is deterministic', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        const once = JSON.stringify([...analyze(scenario).threat.predictions.values()]);
        const twice = JSON.stringify([...analyze(scenario).threat.predictions.values()]);
        expect(twice).toBe(once);
      }),
      { numRuns: 50 },
    );
  });
});

describe('consistency', () => {
  it('a state bandwagons exactly when the settled bandwagoners say so, and only with its main threat', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ maxStates: 9 }), (scenario) => {
        for (const theory of ['threat', 'power'] as const) {
          const evaluation = evaluate(scenario, theory);
          const strategies = internalsOf(evaluation)!.strategies;
          evaluation.states.forEach((id, i) => {
            const p = evaluation.predictions.get(id)!;
            expect(strategies.bandwagonWith[i]! >= 0).toBe(p.strategy === 'bandwagon');
            // The outcome written out with its help is the one decided without it.
            expect(p.rule.id).toBe(strategies.rules[i]);
            if (p.strategy !== 'neutral') expect(p.target).toBe(p.threats[0]!.target);
          });
        }
      }),
      RUNS,
    );
  });
});
