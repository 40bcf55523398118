/**
 * applyChange: one `FactChange` applied to a scenario, leaving every other fact as it was.
 */
import { describe, expect, it } from 'vitest';
import { applyChange } from '../src/apply-change.js';
import { describeChange } from '../src/describe-change.js';
import { evaluate } from '../src/evaluate.js';
import { makeScenario, makeState } from './scenario-builder.js';

const base = makeScenario({
  states: [
    makeState('Italy', { intent: 0.3, offense: 0.2 }),
    makeState('AH', { name: 'Austria-Hungary' }),
    makeState('Netherlands'),
  ],
  perceptions: [
    { observer: 'Italy', target: 'AH', intent: 0.3 },
    { observer: 'AH', target: 'Italy', intent: 0.5 },
    { observer: 'Italy', target: 'AH', intent: 0.4 },
  ],
});

describe('applyChange', () => {
  it('replaces the perceptions of a pair by one, at the place of the first', () => {
    const changed = applyChange(base, {
      kind: 'perception',
      observer: 'Italy',
      target: 'AH',
      from: 0.4,
      to: 0.62,
    });
    expect(changed.perceptions).toEqual([
      { observer: 'Italy', target: 'AH', intent: 0.62 },
      { observer: 'AH', target: 'Italy', intent: 0.5 },
    ]);
    expect(base.perceptions).toHaveLength(3);
    const added = applyChange(base, {
      kind: 'perception',
      observer: 'Netherlands',
      target: 'AH',
      from: 0.3,
      to: 0.9,
    });
    expect(added.perceptions.at(-1)).toEqual({ observer: 'Netherlands', target: 'AH', intent: 0.9 });
  });

  it('sets declared intent, offense, power and settings', () => {
    expect(applyChange(base, { kind: 'intent', state: 'Italy', from: 0.3, to: 0.7 }).states[0]!.intent).toBe(
      0.7,
    );
    expect(
      applyChange(base, { kind: 'offense', state: 'Italy', from: 0.2, to: 0.8 }).states[0]!.offense,
    ).toBe(0.8);
    expect(applyChange(base, { kind: 'power', state: 'AH', from: 0.1, to: 0.3 }).states[1]!.power).toEqual({
      kind: 'share',
      share: 0.3,
    });
    expect(applyChange(base, { kind: 'setting', name: 'weakness', from: 0.25, to: 0.4 }).settings).toEqual({
      weakness: 0.4,
    });
  });

  it('keeps every other share when power comes from components', () => {
    const components = makeScenario({
      states: [
        makeState('A', { power: { kind: 'economy', components: { gdp: 300, milex: 100 } } }),
        makeState('B', { power: { kind: 'economy', components: { gdp: 100, milex: 100 } } }),
        makeState('C', { power: { kind: 'share', share: 0.2 } }),
      ],
    });
    const before = evaluate(components);
    const after = evaluate(
      applyChange(components, { kind: 'power', state: 'A', from: before.power('A'), to: 0.9 }),
    );
    expect(after.power('A')).toBe(0.9);
    expect(after.power('B')).toBeCloseTo(before.power('B'), 12);
    expect(after.power('C')).toBe(0.2);
  });

  it('returns the scenario unchanged for unknown states or settings and bad values', () => {
    expect(applyChange(base, { kind: 'intent', state: 'Atlantis', from: 0, to: 1 })).toBe(base);
    expect(
      applyChange(base, { kind: 'perception', observer: 'Italy', target: 'Italy', from: 0, to: 1 }),
    ).toBe(base);
    expect(
      applyChange(base, { kind: 'setting', name: 'no-such-setting' as 'weakness', from: 0, to: 1 }),
    ).toBe(base);
    expect(applyChange(base, { kind: 'offense', state: 'Italy', from: 0.2, to: Number.NaN })).toBe(base);
  });
});

describe('describeChange', () => {
  it('words a counterfactual condition with display names', () => {
    const change = { kind: 'perception', observer: 'Italy', target: 'AH', from: 0.4, to: 0.62 } as const;
    expect(describeChange(change, base, 'condition')).toBe(
      "Italy's perception of Austria-Hungary is at least 0.62 (now 0.40)",
    );
    expect(describeChange({ ...change, to: 0.1 }, base, 'condition')).toBe(
      "Italy's perception of Austria-Hungary is at most 0.10 (now 0.40)",
    );
    expect(describeChange(change, base)).toBe("Italy's perception of Austria-Hungary from 0.40 to 0.62");
  });

  it('words the other kinds of change', () => {
    expect(
      describeChange({ kind: 'power', state: 'Netherlands', from: 0.0125, to: 0.02 }, base, 'condition'),
    ).toBe("Netherlands' power share is at least 0.020 (now 0.013)");
    expect(describeChange({ kind: 'offense', state: 'AH', from: 0.5, to: 0.2 }, base, 'condition')).toBe(
      "Austria-Hungary's offensive capability is at most 0.20 (now 0.50)",
    );
    expect(
      describeChange({ kind: 'setting', name: 'great-powers-bandwagon', from: 0, to: 1 }, base, 'condition'),
    ).toBe('the setting great-powers-bandwagon is 1 (on) (now 0 (off))');
    expect(describeChange({ kind: 'setting', name: 'sea-crossing', from: 250, to: 1200 }, base)).toBe(
      'the setting sea-crossing from 250 km to 1,200 km',
    );
  });
});
