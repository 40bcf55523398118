/**
 * fast-check generators for random scenarios. Powers are distinct, so that exact ties, which
 * the model breaks by identifier, do not occur and renaming states cannot change a result.
 */
import fc from 'fast-check';
import type { GeoLink, Perception, Scenario, StateFacts } from '../src/scenario.js';
import { makeScenario } from './scenario-builder.js';

const unit = fc.integer({ min: 0, max: 1000 }).map((v) => v / 1000);

export interface ScenarioOptions {
  readonly minStates?: number;
  readonly maxStates?: number;
}

export function scenarioArbitrary(options: ScenarioOptions = {}): fc.Arbitrary<Scenario> {
  const minStates = options.minStates ?? 2;
  const maxStates = options.maxStates ?? 7;
  return fc
    .uniqueArray(fc.integer({ min: 1, max: 100_000 }), { minLength: minStates, maxLength: maxStates })
    .chain((powers) => {
      const n = powers.length;
      const ids = powers.map((_, i) => `S${i}`);
      const pair = fc
        .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }))
        .filter(([a, b]) => a !== b);
      const state = (i: number) =>
        fc
          .record({
            offense: fc.option(unit, { nil: undefined }),
            intent: fc.option(unit, { nil: undefined }),
            lat: fc.integer({ min: -60, max: 60 }),
            lon: fc.integer({ min: -180, max: 180 }),
            hasCapital: fc.boolean(),
            reach: fc.constantFrom('local', 'regional', 'global', 'none'),
            major: fc.boolean(),
          })
          .map((r): StateFacts => ({
            id: ids[i]!,
            name: `State ${i}`,
            power: { kind: 'share', share: powers[i]! / 100_000 },
            ...(r.offense === undefined ? {} : { offense: r.offense }),
            ...(r.intent === undefined ? {} : { intent: r.intent }),
            ...(r.hasCapital ? { capital: { lat: r.lat, lon: r.lon } } : {}),
            ...(r.reach === 'none' ? {} : { reach: { kind: 'level', level: r.reach } }),
            major: r.major,
          }));
      const link = fc.oneof(
        pair.map(([a, b]): GeoLink => ({ kind: 'land', a: ids[a]!, b: ids[b]! })),
        fc
          .tuple(pair, fc.integer({ min: 0, max: 3000 }))
          .map(([[a, b], km]): GeoLink => ({ kind: 'sea', a: ids[a]!, b: ids[b]!, km })),
        fc
          .tuple(pair, fc.integer({ min: 0, max: 9000 }))
          .map(([[a, b], km]): GeoLink => ({ kind: 'distance', a: ids[a]!, b: ids[b]!, km })),
      );
      // One perception per ordered pair at most: with two, the later one wins, which is order by design.
      const perceptions = fc
        .uniqueArray(fc.tuple(pair, unit), { selector: ([[a, b]]) => `${a}>${b}`, maxLength: 2 * n })
        .map((list) =>
          list.map(([[a, b], intent]): Perception => ({ observer: ids[a]!, target: ids[b]!, intent })),
        );
      const alliance = fc
        .uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 2, maxLength: Math.min(4, n) })
        .map((members) => ({
          name: `Pact ${members.join('-')}`,
          kind: 'defense' as const,
          members: members.map((m) => ids[m]!),
        }));
      return fc.record({
        states: fc.tuple(...ids.map((_, i) => state(i))),
        links: fc.array(link, { maxLength: 2 * n }),
        perceptions,
        alliances: fc.array(alliance, { maxLength: 2 }),
        wartime: fc.boolean(),
      });
    })
    .map((parts) => makeScenario({ ...parts, states: [...parts.states] }));
}
