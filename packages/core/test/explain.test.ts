/**
 * explain: the main threat, the runner-up, the contrast with balance of power and the critiques
 * that bear on a prediction.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { explain } from '../src/explain.js';
import { COLD_WAR_1955, EUROPE_1914, TEACHING } from './historical-cases.js';

describe('explain', () => {
  it('gives the main threat and the runner-up with their factors, in rank order', () => {
    const analysis = analyze(EUROPE_1914);
    const e = explain(EUROPE_1914, analysis, 'France')!;
    expect(e.stateName).toBe('France');
    expect(e.mainThreat).toMatchObject({ target: 'Germany', rank: 1, observer: 'France' });
    expect(e.runnerUp?.rank).toBe(2);
    expect(e.runnerUp!.score).toBeLessThanOrEqual(e.mainThreat!.score);
    expect(e.mainThreat!.factors.map((f) => f.factor)).toEqual(['power', 'proximity', 'offense', 'intent']);
    expect(e.mainThreat!.factors.find((f) => f.factor === 'proximity')!.basis).toBe('land border');
    expect(e.mainThreat!.factors.find((f) => f.factor === 'intent')!.basis).toBe(
      "France's perception: hostile (0.90)",
    );
    const shares = e.mainThreat!.factors.reduce((sum, f) => sum + f.share, 0);
    expect(shares).toBeCloseTo(1, 12);
  });

  it('contrasts with balance of power and marks divergence', () => {
    const analysis = analyze(COLD_WAR_1955);
    const italy = explain(COLD_WAR_1955, analysis, 'Italy')!;
    expect(italy.prediction.target).toBe('USSR');
    expect(italy.contrast).toMatchObject({
      theory: 'power',
      strategy: 'balance',
      target: 'USA',
      diverges: true,
    });
    expect(italy.concepts[0]).toBe('balance-of-threat');
    expect(italy.concepts).toContain('vasquez-1997');
    const underPower = explain(COLD_WAR_1955, analysis, 'Italy', 'power')!;
    expect(underPower.concepts[0]).toBe('balance-of-power');
    expect(underPower.contrast.theory).toBe('threat');
  });

  it('names the bandwagoning conditions and the critiques that bear on them', () => {
    const e = explain(TEACHING, analyze(TEACHING), 'Buffer')!;
    expect(e.prediction.rule.id).toBe('bandwagon-weak-exposed');
    expect(e.concepts.slice(0, 5)).toEqual([
      'balance-of-threat',
      'bandwagoning',
      'weakness-condition',
      'proximity',
      'ally-availability',
    ]);
    expect(e.concepts).toContain('schweller-1994');
    expect(e.prediction.rule.conditions.every((c) => c.text.length > 0)).toBe(true);
  });

  it('lists the scenario sources before the theory sources', () => {
    const e = explain(EUROPE_1914, analyze(EUROPE_1914), 'UK')!;
    expect(e.sources.slice(0, EUROPE_1914.sources.length)).toEqual(EUROPE_1914.sources);
    expect(e.sources.some((s) => s.includes('The Origins of Alliances'))).toBe(true);
  });

  it('returns undefined for an unknown state', () => {
    expect(explain(EUROPE_1914, analyze(EUROPE_1914), 'Prussia')).toBeUndefined();
  });
});
