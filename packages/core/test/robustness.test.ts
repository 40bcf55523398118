/**
 * Analysis never throws on user input: bad numbers and unknown states are ignored.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../src/analyze.js';
import { effectiveSettings } from '../src/effective-settings.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import type { Scenario } from '../src/scenario.js';
import { makeScenario, makeState } from './scenario-builder.js';

const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -9, 0, 1e308, -1e-300),
);
const someId = fc.constantFrom('A', 'B', 'C', 'Nowhere', '');

const tinyState = (id: 'A' | '') => ({
  id,
  power: { kind: 'share' as const, share: 0 },
  offense: 0,
  intent: Number.NaN,
  lat: 0,
  lon: 0,
  km: Number.NaN,
  major: false,
});

describe('robustness', () => {
  it('analyses scenarios full of bad numbers and unknown states without throwing', () => {
    const scenario = fc.record({
      states: fc.array(
        fc.record({
          id: someId,
          power: fc.oneof(
            anyNumber.map((share) => ({ kind: 'share' as const, share })),
            fc
              .record({ gdp: anyNumber, milex: anyNumber })
              .map((components) => ({ kind: 'economy' as const, components })),
            fc.constant({ kind: 'missing' as const }),
          ),
          offense: anyNumber,
          intent: anyNumber,
          lat: anyNumber,
          lon: anyNumber,
          km: anyNumber,
          major: fc.boolean(),
        }),
        { maxLength: 5 },
      ),
      links: fc.array(
        fc.record({ a: someId, b: someId, km: anyNumber, kind: fc.constantFrom('land', 'sea', 'distance') }),
        { maxLength: 6 },
      ),
      perceptions: fc.array(fc.record({ observer: someId, target: someId, intent: anyNumber }), {
        maxLength: 6,
      }),
      settings: fc.dictionary(
        fc.constantFrom(
          'weight-power',
          'weight-intent',
          'neutral-threat',
          'ally-help',
          'reach-global',
          'bogus',
        ),
        anyNumber,
      ),
      claimSubject: someId,
      claimTarget: someId,
      wartime: fc.boolean(),
    });
    type Raw = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
    // Found by a CI run: a reach of 5e-324 km made 0 km × (1 / reach) NaN.
    const foundByCi: Raw = {
      states: [
        { ...tinyState('A'), power: { kind: 'economy', components: { gdp: Number.NaN, milex: 0 } } },
        { ...tinyState(''), km: 5e-324, lat: -1e-300 },
      ],
      links: [],
      perceptions: [],
      settings: { 'weight-power': -1e-300 },
      claimSubject: 'A',
      claimTarget: 'A',
      wartime: false,
    };
    fc.assert(
      fc.property(scenario, (raw) => {
        const s: Scenario = makeScenario({
          wartime: raw.wartime,
          states: raw.states.map((x) =>
            makeState(x.id, {
              power: x.power,
              offense: x.offense,
              intent: x.intent,
              capital: { lat: x.lat, lon: x.lon },
              reach: { kind: 'km', km: x.km },
              major: x.major,
            }),
          ),
          links: raw.links.map((l) =>
            l.kind === 'land' ? { kind: 'land', a: l.a, b: l.b } : { kind: l.kind, a: l.a, b: l.b, km: l.km },
          ),
          perceptions: raw.perceptions,
          settings: raw.settings,
          alliances: [{ name: 'x', kind: 'defense', members: [raw.claimSubject, raw.claimTarget, 'Ghost'] }],
          claims: [
            {
              kind: 'balances',
              subject: raw.claimSubject,
              target: raw.claimTarget,
              negated: false,
              theory: 'threat',
            },
            {
              kind: 'threatens-more',
              subject: raw.claimSubject,
              observer: raw.claimTarget,
              other: 'A',
              negated: true,
              theory: 'power',
            },
          ],
        });
        const analysis = analyze(s);
        for (const p of analysis.threat.predictions.values()) {
          expect(Number.isFinite(p.threats[0]?.score ?? 0)).toBe(true);
          expect(p.rule.summary.length).toBeGreaterThan(0);
        }
        expect(analysis.claims).toHaveLength(2);
      }),
      {
        numRuns: 300,
        examples: [[foundByCi]],
      },
    );
  });

  it('clamps settings to their range and ignores unknown names and non-numbers', () => {
    const settings = effectiveSettings({
      settings: {
        'neutral-threat': 7,
        'weight-intent': Number.NaN,
        'great-powers-bandwagon': 0.7,
        bogus: 3,
      } as never,
    });
    expect(settings['neutral-threat']).toBe(1);
    expect(settings['weight-intent']).toBe(DEFAULT_SETTINGS['weight-intent']);
    expect(settings['great-powers-bandwagon']).toBe(1);
    expect('bogus' in settings).toBe(false);
  });

  it('gives a lone state no rivals, and an empty scenario no predictions', () => {
    const lone = analyze(makeScenario({ states: [makeState('Alone')] }));
    expect(lone.threat.predictions.get('Alone')).toMatchObject({ strategy: 'neutral', partners: [] });
    expect(lone.threat.predictions.get('Alone')!.rule.id).toBe('no-rivals');
    expect(analyze(makeScenario()).threat.predictions.size).toBe(0);
  });
});
