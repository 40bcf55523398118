/**
 * derivePowerShares: declared shares, CINC from components, and missing components left out as COW
 * does.
 */
import { describe, expect, it } from 'vitest';
import { derivePowerShares } from '../src/power.js';
import { makeState } from './scenario-builder.js';

const cinc = (milex: number, milper: number, irst: number, pec: number, tpop: number, upop: number) =>
  ({ kind: 'cinc', components: { milex, milper, irst, pec, tpop, upop } }) as const;

describe('derivePowerShares', () => {
  it('uses a declared share as it stands and gives a missing power 0', () => {
    const { shares, sources } = derivePowerShares([
      makeState('A', { power: { kind: 'share', share: 0.3 } }),
      makeState('B', { power: { kind: 'missing' } }),
    ]);
    expect([...shares]).toEqual([0.3, 0]);
    expect(sources).toEqual(['share', 'missing']);
  });

  it('computes CINC over the scenario: the mean of each component share', () => {
    const { shares } = derivePowerShares([
      makeState('A', { power: cinc(30, 10, 5, 1, 100, 20) }),
      makeState('B', { power: cinc(10, 30, 15, 3, 100, 60) }),
    ]);
    // A's component shares: 3/4, 1/4, 1/4, 1/4, 1/2, 1/4 -> mean 2.25 / 6.
    expect(shares[0]).toBeCloseTo(2.25 / 6, 12);
    expect(shares[1]).toBeCloseTo(3.75 / 6, 12);
    expect(shares[0]! + shares[1]!).toBeCloseTo(1, 12);
  });

  it('leaves a missing component (-9) out of that state mean, as COW does', () => {
    const { shares } = derivePowerShares([
      makeState('A', { power: cinc(-9, 10, 10, 10, 10, 10) }),
      makeState('B', { power: cinc(10, 10, 10, 10, 10, 10) }),
    ]);
    expect(shares[0]).toBeCloseTo(0.5, 12);
    // B holds all the military spending, so its mean includes a share of 1.
    expect(shares[1]).toBeCloseTo((1 + 0.5 * 5) / 6, 12);
  });

  it('computes the economy measure as the mean of GDP and military spending shares', () => {
    const { shares } = derivePowerShares([
      makeState('A', { power: { kind: 'economy', components: { gdp: 300, milex: 10 } } }),
      makeState('B', { power: { kind: 'economy', components: { gdp: 100, milex: 30 } } }),
    ]);
    expect(shares[0]).toBeCloseTo((0.75 + 0.25) / 2, 12);
    expect(shares[1]).toBeCloseTo((0.25 + 0.75) / 2, 12);
  });

  it('shares components only among states of the same kind, and tolerates bad numbers', () => {
    const { shares } = derivePowerShares([
      makeState('A', { power: { kind: 'economy', components: { gdp: 100, milex: 100 } } }),
      makeState('B', { power: { kind: 'share', share: Number.NaN } }),
      makeState('C', { power: { kind: 'share', share: -1 } }),
      makeState('D', { power: { kind: 'economy', components: { gdp: Number.POSITIVE_INFINITY, milex: 0 } } }),
    ]);
    expect([...shares]).toEqual([1, 0, 0, 0]);
  });
});
