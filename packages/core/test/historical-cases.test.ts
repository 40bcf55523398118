/**
 * Calibration: the historical cases come out as the theory says, with the default settings
 * and nothing tuned per case (the cases carry no `settings`).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate.js';
import type { Evaluation } from '../src/evaluation.js';
import { SETTING_DESCRIPTORS } from '../src/settings.js';
import {
  COLD_WAR_1955,
  EUROPE_1914,
  GULF_1990,
  HISTORICAL_CASES,
  PRIMACY_2004,
  TEACHING,
} from './historical-cases.js';

function strategyOf(evaluation: Evaluation, state: string): [string, string | undefined] {
  const p = evaluation.predictions.get(state)!;
  return [p.strategy, p.target];
}

describe('historical cases', () => {
  it('use the default settings', () => {
    for (const scenario of Object.values(HISTORICAL_CASES)) expect(scenario.settings).toEqual({});
  });

  it('Europe 1914: Britain, France and Russia balance against Germany, together', () => {
    const bot = evaluate(EUROPE_1914);
    for (const state of ['UK', 'France', 'Russia'])
      expect(strategyOf(bot, state)).toEqual(['balance', 'Germany']);
    const entente = bot.coalitions.find((c) => c.members.includes('UK'))!;
    expect(entente.members).toEqual(expect.arrayContaining(['UK', 'France', 'Russia']));
    expect(entente.against).toContain('Germany');
    expect(bot.alliances.find((a) => a.name === 'Triple Entente')).toMatchObject({
      verdict: 'balancing',
      commonThreat: 'Germany',
    });
    // Germany and Austria-Hungary balance against different members of the Entente, so they stand together.
    const central = bot.coalitions.find((c) => c.members.includes('Germany'))!;
    expect(central.members).toContain('Austria-Hungary');
    expect(central.members).not.toContain('UK');
  });

  it('Cold War 1955: Western Europe balances against the Soviet Union with the United States; balance of power says otherwise', () => {
    const bot = evaluate(COLD_WAR_1955);
    const bop = evaluate(COLD_WAR_1955, 'power');
    const west = [
      'UK',
      'France',
      'WGermany',
      'Italy',
      'Belgium',
      'Netherlands',
      'Norway',
      'Denmark',
      'Greece',
      'Turkey',
    ];
    for (const state of [...west, 'USA']) expect(strategyOf(bot, state)).toEqual(['balance', 'USSR']);
    const nato = bot.coalitions.find((c) => c.members.includes('USA'))!;
    expect(nato.members).toEqual(expect.arrayContaining(west));
    expect(nato.against).toEqual(['USSR']);
    expect(bot.power('USA')).toBeGreaterThan(bot.power('USSR'));
    for (const state of west) {
      expect(strategyOf(bop, state)).toEqual(['balance', 'USA']);
      expect(bot.predictions.get(state)!.target).not.toBe(bop.predictions.get(state)!.target);
    }
  });

  it('The Gulf 1990: Saudi Arabia, Egypt and Syria balance against Iraq', () => {
    const bot = evaluate(GULF_1990);
    for (const state of ['Saudi', 'Egypt', 'Syria'])
      expect(strategyOf(bot, state)).toEqual(['balance', 'Iraq']);
  });

  it('U.S. primacy 2004: no major power balances against the United States, though balance of power says they should', () => {
    const bot = evaluate(PRIMACY_2004);
    const bop = evaluate(PRIMACY_2004, 'power');
    const majors = PRIMACY_2004.states.filter((s) => s.major && s.id !== 'USA').map((s) => s.id);
    expect(majors.length).toBeGreaterThanOrEqual(6);
    for (const state of majors) {
      expect(
        bot.predictions.get(state)!.target === 'USA' && bot.predictions.get(state)!.strategy === 'balance',
      ).toBe(false);
      expect(strategyOf(bop, state)).toEqual(['balance', 'USA']);
    }
    // The economy measure makes the United States the strongest state, as the case requires.
    expect(Math.max(...majors.map((s) => bot.power(s)))).toBeLessThan(bot.power('USA'));
  });

  it('Teaching: Buffer bandwagons with the Empire and Island stays neutral', () => {
    const bot = evaluate(TEACHING);
    expect(strategyOf(bot, 'Buffer')).toEqual(['bandwagon', 'Empire']);
    expect(bot.predictions.get('Buffer')!.rule.id).toBe('bandwagon-weak-exposed');
    expect(strategyOf(bot, 'Island')).toEqual(['neutral', undefined]);
    expect(bot.predictions.get('Island')!.rule.id).toBe('no-threat');
  });
});

describe('calibration margins', () => {
  /** Every outcome the cases assert, as one check, for the given settings. */
  function allHold(settings: Record<string, number>): boolean {
    const at = <S extends { settings: unknown }>(s: S) => ({ ...s, settings });
    const is = (e: Evaluation, state: string, strategy: string, target?: string) =>
      e.predictions.get(state)!.strategy === strategy && e.predictions.get(state)!.target === target;
    const e1914 = evaluate(at(EUROPE_1914));
    const e1955 = evaluate(at(COLD_WAR_1955));
    const p1955 = evaluate(at(COLD_WAR_1955), 'power');
    const e1990 = evaluate(at(GULF_1990));
    const e2004 = evaluate(at(PRIMACY_2004));
    const p2004 = evaluate(at(PRIMACY_2004), 'power');
    const teach = evaluate(at(TEACHING));
    const west = [
      'UK',
      'France',
      'WGermany',
      'Italy',
      'Belgium',
      'Netherlands',
      'Norway',
      'Denmark',
      'Greece',
      'Turkey',
    ];
    const majors = ['China', 'Russia', 'Japan', 'Germany', 'UK', 'France'];
    return (
      ['UK', 'France', 'Russia'].every((s) => is(e1914, s, 'balance', 'Germany')) &&
      [...west, 'USA'].every((s) => is(e1955, s, 'balance', 'USSR')) &&
      west.every((s) => is(p1955, s, 'balance', 'USA')) &&
      ['Saudi', 'Egypt', 'Syria'].every((s) => is(e1990, s, 'balance', 'Iraq')) &&
      majors.every((s) => !is(e2004, s, 'balance', 'USA') && is(p2004, s, 'balance', 'USA')) &&
      is(teach, 'Buffer', 'bandwagon', 'Empire') &&
      is(teach, 'Island', 'neutral')
    );
  }

  it('survive a 5% move of any one setting', () => {
    expect(allHold({})).toBe(true);
    for (const d of SETTING_DESCRIPTORS) {
      if (d.kind === 'flag') continue;
      for (const factor of [0.95, 1.05]) {
        const value = Math.min(d.max, Math.max(d.min, d.default * factor));
        expect(allHold({ [d.name]: value }), `${d.name} = ${value}`).toBe(true);
      }
    }
  });
});
