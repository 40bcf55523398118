/**
 * Core's presentation functions: display names, strategy words, number formatting and the
 * comparison of two analyses, the pieces every consumer words its answers with.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { applyChange } from '../src/apply-change.js';
import { compareAnalyses } from '../src/compare-analyses.js';
import { displayName, stateNamer } from '../src/display-names.js';
import type { Prediction } from '../src/explanation.js';
import { fixed, percent, trimmed } from '../src/format.js';
import { perceptionEffect } from '../src/perception-effect.js';
import type { Scenario } from '../src/scenario.js';
import { predictionPhrase, samePrediction, STRATEGY_WORDS, strategyPhrase } from '../src/strategy-wording.js';
import { whatIf } from '../src/what-if.js';
import { EUROPE_1914 } from './historical-cases.js';
import { makeScenario, makeState } from './scenario-builder.js';

describe('display names', () => {
  const scenario = makeScenario({
    states: [
      makeState('UK', { name: 'Britain' }),
      makeState('X', { name: '' }),
      makeState('UK', { name: 'Later' }),
    ],
  });

  it('name a state by its name, by its identifier when the name is empty, and the first declaration wins', () => {
    const name = stateNamer(scenario);
    expect([name('UK'), name('X'), name('Nowhere'), name(undefined)]).toEqual([
      'Britain',
      'X',
      'Nowhere',
      '',
    ]);
    expect(displayName(scenario, 'UK')).toBe('Britain');
    expect(displayName(scenario, 'Nowhere')).toBe('Nowhere');
  });
});

describe('strategy words', () => {
  const prediction = (p: Partial<Prediction>): Prediction =>
    ({ state: 'A', theory: 'threat', strategy: 'balance', partners: [], threats: [], ...p }) as Prediction;
  const name = (id: string | undefined) => (id === undefined ? '' : id.toUpperCase());

  it('word each strategy with its target, and a missing target as "its main threat"', () => {
    expect(strategyPhrase('balance', 'Germany')).toBe('balances against Germany');
    expect(strategyPhrase('bandwagon', 'Empire')).toBe('bandwagons with Empire');
    expect(strategyPhrase('neutral', 'Germany')).toBe('stays neutral');
    expect(strategyPhrase('balance', undefined)).toBe('balances against its main threat');
  });

  it('have words for every strategy, and a preposition exactly where a strategy has a target', () => {
    for (const [strategy, words] of Object.entries(STRATEGY_WORDS)) {
      expect(words.verb.length, strategy).toBeGreaterThan(0);
      expect(strategyPhrase(strategy as keyof typeof STRATEGY_WORDS, 'T').endsWith(' T')).toBe(
        words.preposition !== undefined,
      );
    }
  });

  it('name a balancer’s partners but not the target twice, and only when asked', () => {
    const balancer = prediction({ target: 'g', partners: ['f', 'g', 'r'] });
    expect(predictionPhrase(balancer, name)).toBe('balances against G');
    expect(predictionPhrase(balancer, name, { partners: true })).toBe('balances against G with F, R');
    const bandwagoner = prediction({ strategy: 'bandwagon', target: 'g', partners: ['g'] });
    expect(predictionPhrase(bandwagoner, name, { partners: true })).toBe('bandwagons with G');
    expect(predictionPhrase(prediction({ strategy: 'neutral' }), name, { partners: true })).toBe(
      'stays neutral',
    );
  });

  it('call two predictions the same when strategy and target agree, whatever the partners', () => {
    expect(samePrediction(prediction({ target: 'g', partners: ['a'] }), prediction({ target: 'g' }))).toBe(
      true,
    );
    expect(samePrediction(prediction({ target: 'g' }), prediction({ target: 'h' }))).toBe(false);
    expect(
      samePrediction(prediction({ target: 'g' }), prediction({ strategy: 'bandwagon', target: 'g' })),
    ).toBe(false);
  });
});

describe('numbers', () => {
  it('never print "-0", and print non-finite values as words', () => {
    expect([fixed(-0.0001), fixed(-0.004), fixed(0.645, 1), fixed(-1.5)]).toEqual([
      '0.00',
      '0.00',
      '0.6',
      '-1.50',
    ]);
    expect([fixed(Infinity), fixed(-Infinity), fixed(Number.NaN)]).toEqual(['inf', '-inf', 'n/a']);
    expect([trimmed(0.5, 3), trimmed(0.12345), trimmed(-0.0001), trimmed(2)]).toEqual([
      '0.5',
      '0.123',
      '0',
      '2',
    ]);
  });

  it('write percentages whole by default, or with trimmed decimals', () => {
    expect([percent(0.424), percent(-0.001), percent(0.125, 1), percent(0.03, 1)]).toEqual([
      '42%',
      '0%',
      '12.5%',
      '3%',
    ]);
  });
});

describe('comparing analyses', () => {
  const scenario: Scenario = { ...EUROPE_1914, claims: [] };
  const base = analyze(scenario);
  const benign = { kind: 'intent', state: 'Germany', from: 0.7, to: 0.1 } as const;

  it('find nothing between an analysis and itself', () => {
    const comparison = compareAnalyses(base, analyze(scenario));
    expect(comparison).toEqual({ predictions: { threat: [], power: [] }, threats: [] });
  });

  it('list exactly the states whose strategy or target changed, under each theory', () => {
    const changed = analyze(applyChange(scenario, benign));
    const comparison = compareAnalyses(base, changed);
    for (const theory of ['threat', 'power'] as const) {
      const expected = base[theory].states.filter(
        (id) => !samePrediction(base[theory].predictions.get(id)!, changed[theory].predictions.get(id)!),
      );
      expect(comparison.predictions[theory].map((c) => c.state)).toEqual(expected);
    }
    expect(comparison.predictions.threat.length).toBeGreaterThan(0);
    for (const c of comparison.predictions.threat) {
      expect(c.before).toBe(base.threat.predictions.get(c.state));
      expect(c.after).toBe(changed.threat.predictions.get(c.state));
    }
  });

  it('order threat moves largest first and leave out moves below the threshold', () => {
    const changed = analyze(applyChange(scenario, benign));
    const { threats } = compareAnalyses(base, changed);
    expect(threats.length).toBeGreaterThan(0);
    const sizes = threats.map((m) => Math.abs(m.after - m.before));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(0.005);
    expect(compareAnalyses(base, changed, { minThreatMove: 2 }).threats).toEqual([]);
    // Germany's intent moves how others see Germany, never how Germany sees others.
    expect(threats.every((m) => m.target === 'Germany')).toBe(true);
  });

  it('answer a what-if with the changed scenario, its analysis and the comparison, claims left out', () => {
    const withClaim: Scenario = {
      ...scenario,
      claims: [{ kind: 'neutral', subject: 'Belgium', negated: false, theory: 'threat' }],
    };
    const result = whatIf(withClaim, analyze(withClaim), benign);
    expect(result.scenario.states.find((s) => s.id === 'Germany')?.intent).toBe(0.1);
    expect(result.scenario.claims).toEqual([]);
    expect(result.analysis.claims).toEqual([]);
    expect(result.comparison).toEqual(compareAnalyses(base, analyze(applyChange(scenario, benign))));
  });
});

describe('a perception’s effect', () => {
  const scenario = makeScenario({
    states: [makeState('A', { intent: 0.1 }), makeState('B', { intent: 0.1 })],
    perceptions: [{ observer: 'A', target: 'B', intent: 0.9 }],
  });
  const evaluation = analyze(scenario).threat;

  it('reads the score with the perception and computes it without', () => {
    const effect = perceptionEffect(scenario, evaluation, 'A', 'B')!;
    expect(effect.withPerception).toBe(evaluation.assessment('A', 'B'));
    const without = analyze({ ...scenario, perceptions: [] }).threat.assessment('A', 'B')!;
    expect(effect.without?.score).toBe(without.score);
    expect(effect.without!.score).toBeLessThan(effect.withPerception.score);
  });

  it('is undefined for an unknown state', () => {
    expect(perceptionEffect(scenario, evaluation, 'A', 'Nowhere')).toBeUndefined();
  });
});
