/**
 * Claims judged against the model's predictions, with negation and the claim's theory.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { Claim, Scenario } from '../src/scenario.js';
import { EUROPE_1914, TEACHING } from './historical-cases.js';

function results(scenario: Scenario, claims: Claim[]) {
  return analyze({ ...scenario, claims }, { counterfactuals: false }).claims;
}
const claim = <K extends Claim['kind']>(
  c: Omit<Extract<Claim, { kind: K }>, 'negated' | 'theory'> & { kind: K } & Partial<Claim>,
) => ({ negated: false, theory: 'threat', ...c }) as Claim;

describe('claims', () => {
  it('checks balancing against the predicted strategy and target, and negation flips it', () => {
    const analysis = analyze(EUROPE_1914);
    const italy = analysis.threat.predictions.get('Italy')!;
    const [right, wrongTarget, negated] = results(EUROPE_1914, [
      claim({ kind: 'balances', subject: 'Italy', target: italy.target! }),
      claim({ kind: 'balances', subject: 'Italy', target: 'France' }),
      claim({ kind: 'balances', subject: 'Italy', target: 'France', negated: true }),
    ]);
    expect(italy.strategy).toBe('balance');
    expect(right!.holds).toBe(true);
    expect(wrongTarget!.holds).toBe(false);
    expect(wrongTarget!.reason).toContain('not against France');
    expect(negated!.holds).toBe(true);
    expect(right!.index).toBe(0);
    expect(wrongTarget!.explanation?.state).toBe('Italy');
  });

  it('checks bandwagoning and neutrality', () => {
    const [bandwagon, notBalance, neutral, notNeutral] = results(TEACHING, [
      claim({ kind: 'bandwagons', subject: 'Buffer', target: 'Empire' }),
      claim({ kind: 'balances', subject: 'Buffer', target: 'Empire' }),
      claim({ kind: 'neutral', subject: 'Island' }),
      claim({ kind: 'neutral', subject: 'Buffer', negated: true }),
    ]);
    expect([bandwagon!.holds, notBalance!.holds, neutral!.holds, notNeutral!.holds]).toEqual([
      true,
      false,
      true,
      true,
    ]);
    expect(notBalance!.reason).toContain('bandwagons');
  });

  it('compares threats for threatens-more, under the claim theory', () => {
    const analysis = analyze(EUROPE_1914);
    const t = analysis.threat;
    const more = t.threat('France', 'Germany') > t.threat('France', 'Italy');
    const [threat, power] = results(EUROPE_1914, [
      claim({ kind: 'threatens-more', subject: 'Germany', observer: 'France', other: 'Italy' }),
      claim({ kind: 'threatens-more', subject: 'Italy', observer: 'France', other: 'UK', theory: 'power' }),
    ]);
    expect(threat!.holds).toBe(more);
    expect(threat!.reason).toMatch(
      /^Germany threatens France more than Italy does \(0\.\d\d against 0\.\d\d\)$/,
    );
    expect(power!.holds).toBe(analysis.power.power('Italy') > analysis.power.power('UK'));
  });

  it('tolerates unknown states: the claim fails with a reason naming the state in quotes', () => {
    const [unknown] = results(EUROPE_1914, [
      claim({ kind: 'balances', subject: 'Prussia', target: 'France' }),
    ]);
    expect(unknown).toMatchObject({ holds: false, reason: 'State "Prussia" is not in the scenario' });
    expect(unknown!.explanation).toBeUndefined();
  });
});
