/**
 * Partners, coalitions and the verdicts on declared alliances, on small hand-made scenarios.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate.js';
import { internalsOf } from '../src/evaluation-internals.js';
import { allyHelp, helpFrom, isPartner } from '../src/partners.js';
import type { Scenario } from '../src/scenario.js';
import { makeScenario, makeState, share } from './scenario-builder.js';

/**
 * Big threatens its neighbours; Small borders it; Helper borders Big (a second front) but lies
 * far from Small; Friendly, on another continent, sees Big as benign.
 */
const world: Scenario = makeScenario({
  states: [
    makeState('Big', {
      power: share(0.5),
      offense: 0.9,
      intent: 0.9,
      capital: { lat: 50, lon: 30 },
      major: true,
    }),
    makeState('Small', { power: share(0.02), offense: 0.1, intent: 0.1, capital: { lat: 53, lon: 24 } }),
    makeState('Helper', { power: share(0.3), offense: 0.5, intent: 0.1, capital: { lat: 40, lon: 45 } }),
    makeState('Friendly', { power: share(0.01), offense: 0.1, intent: 0.1, capital: { lat: -40, lon: -70 } }),
  ],
  links: [
    { kind: 'land', a: 'Big', b: 'Small' },
    { kind: 'land', a: 'Big', b: 'Helper' },
  ],
  perceptions: [{ observer: 'Friendly', target: 'Big', intent: 0.1 }],
});

describe('partners', () => {
  it('counts a state threatened by the same threat, with its help through a second front', () => {
    const internals = internalsOf(evaluate(world))!;
    const [big, small, helper, friendly] = [0, 1, 2, 3];
    const state = internals.strategies;
    expect(isPartner(internals.inputs, state, small, big, helper)).toBe(true);
    expect(isPartner(internals.inputs, state, small, big, friendly)).toBe(false);
    expect(isPartner(internals.inputs, state, small, big, small)).toBe(false);
    // Helper borders Big, so its help to Small is its full power, though it is far from Small.
    expect(helpFrom(internals.inputs, small, big, helper)).toBe(0.3);
    expect(allyHelp(internals.inputs, state, small, big)).toBe(0.3);
  });

  it('makes Small balance with Helper, and bandwagon once Helper is gone', () => {
    const withHelper = evaluate(world);
    expect(withHelper.predictions.get('Small')).toMatchObject({
      strategy: 'balance',
      target: 'Big',
      partners: ['Helper'],
    });
    const alone = evaluate({
      ...world,
      links: [world.links[0]!],
      states: world.states.map((s) => (s.id === 'Helper' ? { ...s, capital: { lat: -30, lon: 150 } } : s)),
    });
    expect(alone.predictions.get('Small')).toMatchObject({
      strategy: 'bandwagon',
      target: 'Big',
      partners: ['Big'],
    });
    expect(alone.coalitions).toContainEqual({
      members: ['Big', 'Small'],
      against: [],
      bandwagoners: ['Small'],
    });
  });
});

describe('coalitions', () => {
  it('joins balancers against the same threat', () => {
    const coalitions = evaluate(world).coalitions;
    expect(coalitions.find((c) => c.members.includes('Small'))).toEqual({
      members: ['Helper', 'Small'],
      against: ['Big'],
      bandwagoners: [],
    });
  });
});

describe('alliance verdicts', () => {
  it('finds balancing, bandwagoning and anomalous alliances', () => {
    const alliances = [
      { name: 'Shield', kind: 'defense' as const, members: ['Small', 'Helper'] },
      { name: 'Odd', kind: 'defense' as const, members: ['Small', 'Big'] },
      { name: 'Ghosts', kind: 'entente' as const, members: ['Small', 'Nobody'] },
      { name: 'Idle', kind: 'entente' as const, members: ['Friendly', 'Helper'] },
    ];
    const verdicts = evaluate({ ...world, alliances }).alliances;
    expect(verdicts.map((a) => a.verdict)).toEqual(['balancing', 'anomalous', 'anomalous', 'anomalous']);
    expect(verdicts[0]).toMatchObject({ commonThreat: 'Big' });
    expect(verdicts[1]!.reason).toBe('the main threat to Small is Big, a fellow member');
    expect(verdicts[2]!.reason).toBe('it has fewer than two members in the scenario');
    expect(verdicts[3]!.reason).toBe('the members share no threat worth balancing');

    const lonely = {
      ...world,
      states: world.states.map((s) => (s.id === 'Helper' ? { ...s, capital: { lat: -30, lon: 150 } } : s)),
      links: [world.links[0]!],
    };
    const bandwagon = evaluate({
      ...lonely,
      alliances: [{ name: 'Vassal', kind: 'defense', members: ['Big', 'Small'] }],
    }).alliances[0]!;
    expect(bandwagon).toMatchObject({
      verdict: 'bandwagoning',
      reason: 'Small bandwagons with Big, a fellow member',
    });
  });
});

describe('wartime', () => {
  it('lets a middling state far from the threat join it in wartime, and not in peacetime', () => {
    // Middling has 40% of Winner's power (not weak by `weakness`, weak by `wartime-weakness`) and lies far away.
    const war: Scenario = makeScenario({
      states: [
        makeState('Winner', {
          power: share(0.5),
          offense: 0.9,
          intent: 0.9,
          capital: { lat: 50, lon: 10 },
          reach: { kind: 'level', level: 'global' },
        }),
        makeState('Middling', {
          power: share(0.2),
          offense: 0.3,
          intent: 0.1,
          capital: { lat: 40, lon: 40 },
        }),
      ],
      perceptions: [{ observer: 'Middling', target: 'Winner', intent: 0.9 }],
      wartime: true,
    });
    const atWar = evaluate(war).predictions.get('Middling')!;
    expect(atWar).toMatchObject({ strategy: 'bandwagon', target: 'Winner' });
    expect(atWar.rule.id).toBe('bandwagon-wartime');
    expect(evaluate({ ...war, wartime: false }).predictions.get('Middling')).toMatchObject({
      strategy: 'balance',
      target: 'Winner',
    });
  });
});
