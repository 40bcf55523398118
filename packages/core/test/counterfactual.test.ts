/**
 * Counterfactuals: the proposed change makes the claim hold, and no alternative on a grid of
 * single changes does so with a smaller change.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { applyChange } from '../src/apply-change.js';
import { findCounterfactual } from '../src/counterfactual.js';
import type { FactChange } from '../src/explanation.js';
import type { Claim, Scenario } from '../src/scenario.js';
import { settingDescriptor, type SettingName } from '../src/settings.js';
import { EUROPE_1914, PRIMACY_2004, TEACHING } from './historical-cases.js';

function holds(scenario: Scenario, claim: Claim): boolean {
  return analyze({ ...scenario, claims: [claim] }, { counterfactuals: false }).claims[0]!.holds;
}

const SETTINGS: SettingName[] = [
  'weight-power',
  'weight-proximity',
  'weight-offense',
  'weight-intent',
  'neutral-threat',
  'neutral-power',
  'weakness',
  'ally-help',
  'bandwagon-proximity',
  'partner-threat',
  'great-powers-bandwagon',
];

/** Every single change on a grid: each state's intent, offense and power, the decider's perceptions, the settings. */
function grid(scenario: Scenario, claim: Claim): { change: FactChange; size: number }[] {
  const ids = scenario.states.map((s) => s.id);
  const decider = claim.kind === 'threatens-more' ? claim.observer : claim.subject;
  const steps = Array.from({ length: 21 }, (_, i) => i / 20);
  const out: { change: FactChange; size: number }[] = [];
  for (const to of steps) {
    for (const id of ids) {
      out.push({ change: { kind: 'intent', state: id, from: NaN, to }, size: NaN });
      out.push({ change: { kind: 'offense', state: id, from: NaN, to }, size: NaN });
      out.push({ change: { kind: 'power', state: id, from: NaN, to }, size: NaN });
      if (id !== decider)
        out.push({ change: { kind: 'perception', observer: decider, target: id, from: NaN, to }, size: NaN });
    }
  }
  for (const name of SETTINGS) {
    const d = settingDescriptor(name)!;
    for (let i = 0; i <= 40; i++)
      out.push({
        change: { kind: 'setting', name, from: NaN, to: d.min + ((d.max - d.min) * i) / 40 },
        size: NaN,
      });
  }
  return out;
}

/** The current value of the input a change touches, and its range. */
const analyses = new WeakMap<Scenario, ReturnType<typeof analyze>>();
function current(scenario: Scenario, change: FactChange): { from: number; range: number } {
  let analysis = analyses.get(scenario);
  if (analysis === undefined)
    analyses.set(scenario, (analysis = analyze(scenario, { counterfactuals: false })));
  const settings = analysis.threat.settings;
  switch (change.kind) {
    case 'setting': {
      const d = settingDescriptor(change.name)!;
      return { from: settings[change.name], range: d.max - d.min };
    }
    case 'power':
      return { from: analysis.threat.power(change.state), range: 1 };
    case 'intent':
      return {
        from: scenario.states.find((s) => s.id === change.state)!.intent ?? settings['default-intent'],
        range: 1,
      };
    case 'offense':
      return {
        from: scenario.states.find((s) => s.id === change.state)!.offense ?? settings['default-offense'],
        range: 1,
      };
    case 'perception': {
      const p = scenario.perceptions
        .filter((x) => x.observer === change.observer && x.target === change.target)
        .at(-1);
      const declared =
        scenario.states.find((s) => s.id === change.target)!.intent ?? settings['default-intent'];
      return { from: p?.intent ?? declared, range: 1 };
    }
  }
}

const CASES: [string, Scenario, Claim][] = [
  [
    'Italy balances against France (1914)',
    EUROPE_1914,
    { kind: 'balances', subject: 'Italy', target: 'France', negated: false, theory: 'threat' },
  ],
  [
    'Russia balances against the USA (2004)',
    PRIMACY_2004,
    { kind: 'balances', subject: 'Russia', target: 'USA', negated: false, theory: 'threat' },
  ],
  [
    'Buffer balances against the Empire',
    TEACHING,
    { kind: 'balances', subject: 'Buffer', target: 'Empire', negated: false, theory: 'threat' },
  ],
  [
    'Island balances against the Empire',
    TEACHING,
    { kind: 'balances', subject: 'Island', target: 'Empire', negated: false, theory: 'threat' },
  ],
  [
    'Russia threatens Germany more than France does (1914)',
    EUROPE_1914,
    {
      kind: 'threatens-more',
      subject: 'Russia',
      observer: 'Germany',
      other: 'France',
      negated: false,
      theory: 'threat',
    },
  ],
  [
    'Britain does not balance against Germany (1914)',
    EUROPE_1914,
    { kind: 'balances', subject: 'UK', target: 'Germany', negated: true, theory: 'threat' },
  ],
];

describe('findCounterfactual', () => {
  it.each(CASES)('%s: the change makes the claim hold and is minimal on a grid', (_, scenario, claim) => {
    expect(holds(scenario, claim)).toBe(false);
    const found = findCounterfactual(scenario, claim)!;
    expect(found).toBeDefined();
    expect(holds(applyChange(scenario, found.change), claim)).toBe(true);
    expect(found.description.startsWith('holds if ')).toBe(true);

    const { from, range } = current(scenario, found.change);
    expect(found.change.from).toBeCloseTo(from, 9);
    const size = Math.abs(found.change.to - found.change.from) / range;
    let compared = 0;
    for (const alternative of grid(scenario, claim)) {
      const base = current(scenario, alternative.change);
      const altSize = Math.abs(alternative.change.to - base.from) / base.range;
      // Rounding the proposal to the digits it is shown with may cost up to 0.01 of a range.
      if (altSize + 0.011 >= size || altSize === 0) continue;
      const changed = applyChange(scenario, { ...alternative.change, from: base.from } as FactChange);
      expect(
        holds(changed, claim),
        `${JSON.stringify(alternative.change)} is smaller than ${found.description}`,
      ).toBe(false);
      compared++;
    }
    // The grid really contains smaller changes to compare with.
    expect(compared).toBeGreaterThan(0);
  });

  it('returns nothing for a claim that holds or names an unknown state', () => {
    expect(
      findCounterfactual(EUROPE_1914, {
        kind: 'balances',
        subject: 'UK',
        target: 'Germany',
        negated: false,
        theory: 'threat',
      }),
    ).toBeUndefined();
    expect(
      findCounterfactual(EUROPE_1914, {
        kind: 'neutral',
        subject: 'Atlantis',
        negated: false,
        theory: 'threat',
      }),
    ).toBeUndefined();
  });

  it('is attached to failed claims by analyze', () => {
    const claim: Claim = {
      kind: 'balances',
      subject: 'Italy',
      target: 'France',
      negated: false,
      theory: 'threat',
    };
    const [result] = analyze({ ...EUROPE_1914, claims: [claim] }).claims;
    expect(result!.counterfactual).toEqual(findCounterfactual(EUROPE_1914, claim));
  });
});
