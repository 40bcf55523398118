/**
 * The threat factors one at a time: the power factor and the gradient of proximity.
 */
import { describe, expect, it } from 'vitest';
import { gradient, greatCircleKm, powerFactor, reachKm } from '../src/factors.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { factorShares, makeScorer, theoryWeights } from '../src/threat-score.js';

describe('powerFactor', () => {
  it('is the target share of the pair', () => {
    expect(powerFactor(0.1, 0.3)).toBeCloseTo(0.75, 12);
    expect(powerFactor(0.3, 0.1)).toBeCloseTo(0.25, 12);
  });

  it('is one half between equals, including two powerless states', () => {
    expect(powerFactor(0.2, 0.2)).toBe(0.5);
    expect(powerFactor(0, 0)).toBe(0.5);
  });
});

describe('gradient', () => {
  it('halves strength at the reach and is 1 at distance 0', () => {
    expect(gradient(0, 1000)).toBe(1);
    expect(gradient(1000, 1000)).toBe(0.5);
    expect(gradient(3000, 1000)).toBe(0.25);
  });

  it('declines more slowly for a longer reach', () => {
    expect(gradient(2000, 4000)).toBeGreaterThan(gradient(2000, 1000));
  });
});

describe('reachKm', () => {
  it('maps levels to settings, takes explicit km, and defaults to regional', () => {
    expect(reachKm({ kind: 'level', level: 'local' }, DEFAULT_SETTINGS)).toBe(
      DEFAULT_SETTINGS['reach-local'],
    );
    expect(reachKm({ kind: 'level', level: 'global' }, DEFAULT_SETTINGS)).toBe(
      DEFAULT_SETTINGS['reach-global'],
    );
    expect(reachKm({ kind: 'km', km: 1234 }, DEFAULT_SETTINGS)).toBe(1234);
    expect(reachKm(undefined, DEFAULT_SETTINGS)).toBe(DEFAULT_SETTINGS['reach-regional']);
    expect(reachKm({ kind: 'km', km: -5 }, DEFAULT_SETTINGS)).toBe(DEFAULT_SETTINGS['reach-regional']);
  });
});

describe('greatCircleKm', () => {
  it('gives the known London-Paris and London-New York distances', () => {
    const london = { lat: 51.5074, lon: -0.1278 };
    expect(greatCircleKm(london, { lat: 48.8566, lon: 2.3522 })).toBeCloseTo(344, -1);
    expect(greatCircleKm(london, { lat: 40.7128, lon: -74.006 })).toBeCloseTo(5570, -1);
  });

  it('is zero for one point and half the circumference for antipodes', () => {
    expect(greatCircleKm({ lat: 10, lon: 20 }, { lat: 10, lon: 20 })).toBe(0);
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });
});

describe('threat score', () => {
  const threatWeights = theoryWeights('threat', DEFAULT_SETTINGS);

  it('is the weighted geometric mean of the factors', () => {
    const score = makeScorer(threatWeights)(0.6, 0.5, 0.8, 0.7);
    const w = threatWeights;
    const total = w.power + w.proximity + w.offense + w.intent;
    const expected =
      0.6 ** (w.power / total) *
      0.5 ** (w.proximity / total) *
      0.8 ** (w.offense / total) *
      0.7 ** (w.intent / total);
    expect(score).toBeCloseTo(expected, 12);
  });

  it('takes the equal-weight shortcut with the same value as the general formula', () => {
    const equal = makeScorer({ power: 1, proximity: 1, offense: 1, intent: 1 })(0.6, 0.5, 0.8, 0.7);
    const general = makeScorer({ power: 2, proximity: 2, offense: 2, intent: 2.0000000001 })(
      0.6,
      0.5,
      0.8,
      0.7,
    );
    expect(equal).toBeCloseTo((0.6 * 0.5 * 0.8 * 0.7) ** 0.25, 14);
    expect(general).toBeCloseTo(equal, 9);
  });

  it('is zero when a weighted factor is zero, and ignores a factor of weight zero', () => {
    expect(makeScorer(threatWeights)(0.9, 0.9, 0, 0.9)).toBe(0);
    expect(makeScorer({ power: 1, proximity: 1, offense: 0, intent: 1 })(0.8, 0.8, 0, 0.8)).toBeCloseTo(
      0.8,
      12,
    );
  });

  it('treats all-zero weights as equal weights', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      'weight-power': 0,
      'weight-proximity': 0,
      'weight-offense': 0,
      'weight-intent': 0,
    };
    expect(theoryWeights('threat', settings)).toEqual({ power: 1, proximity: 1, offense: 1, intent: 1 });
  });

  it('uses power alone under balance of power', () => {
    const weights = theoryWeights('power', DEFAULT_SETTINGS);
    expect(makeScorer(weights)(0.37, 0.01, 0.01, 0.01)).toBe(0.37);
  });

  it('gives factor shares that sum to one and follow weight times value', () => {
    const shares = factorShares(threatWeights, { power: 0.5, proximity: 1, offense: 0.2, intent: 0.9 });
    const sum = shares.power + shares.proximity + shares.offense + shares.intent;
    expect(sum).toBeCloseTo(1, 12);
    expect(shares.proximity / shares.power).toBeCloseTo(
      (threatWeights.proximity * 1) / (threatWeights.power * 0.5),
      12,
    );
  });

  it('falls back to the weights for shares when every weighted factor is zero', () => {
    const shares = factorShares(
      { power: 1, proximity: 3, offense: 0, intent: 0 },
      { power: 0, proximity: 0, offense: 0.5, intent: 0.5 },
    );
    expect(shares).toEqual({ power: 0.25, proximity: 0.75, offense: 0, intent: 0 });
  });
});
