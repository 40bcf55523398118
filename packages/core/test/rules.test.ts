/**
 * The strategy rules one at a time, each at the edge where it starts and stops firing.
 */
import { describe, expect, it } from 'vitest';
import {
  balance,
  bandwagonWartime,
  bandwagonWeakExposed,
  decide,
  greatPowerBalances,
  noRivals,
  noThreat,
  type RuleContext,
} from '../src/rules/index.js';
import { DEFAULT_SETTINGS, type ModelSettings } from '../src/settings.js';

const S = DEFAULT_SETTINGS;

/** A weak state right next to its threat with no help: every bandwagoning condition holds. */
function context(over: Partial<RuleContext> = {}, settings: Partial<ModelSettings> = {}): RuleContext {
  return {
    name: 'Small',
    rivals: 2,
    major: false,
    power: 0.01,
    threat: { name: 'Big', score: 0.8, power: 0.5, proximity: 1 },
    help: 0,
    wartime: false,
    settings: { ...S, ...settings },
    neutralSetting: 'neutral-threat',
    ...over,
  };
}
const threatWith = (over: Partial<NonNullable<RuleContext['threat']>>) => ({
  threat: { name: 'Big', score: 0.8, power: 0.5, proximity: 1, ...over },
});

describe('no-rivals', () => {
  it('fires for a state alone and not otherwise', () => {
    const alone = noRivals(context({ rivals: 0, threat: undefined }));
    expect(alone?.id).toBe('no-rivals');
    expect(alone?.conditions[0]).toMatchObject({ value: 0, threshold: 1, holds: true });
    expect(noRivals(context())).toBeUndefined();
  });
});

describe('no-threat', () => {
  it('fires just below the neutral threshold and not at it', () => {
    const t = S['neutral-threat'];
    const below = noThreat(context(threatWith({ score: t - 1e-9 })));
    expect(below?.id).toBe('no-threat');
    expect(below?.conditions[0]).toMatchObject({ threshold: t, setting: 'neutral-threat', holds: true });
    expect(noThreat(context(threatWith({ score: t })))).toBeUndefined();
  });

  it('reads the balance-of-power threshold when told to', () => {
    const t = S['neutral-power'];
    const outcome = noThreat(
      context({ neutralSetting: 'neutral-power', ...threatWith({ score: t - 0.01 }) }),
    );
    expect(outcome?.conditions[0]).toMatchObject({ threshold: t, setting: 'neutral-power' });
    expect(
      noThreat(context({ neutralSetting: 'neutral-power', ...threatWith({ score: t }) })),
    ).toBeUndefined();
  });
});

describe('great-power-balances', () => {
  it('fires for a major power while great powers may not bandwagon', () => {
    const outcome = greatPowerBalances(context({ major: true }));
    expect(outcome?.id).toBe('great-power-balances');
    expect(outcome?.conditions.map((c) => c.holds)).toEqual([true, true]);
  });

  it('does not fire for a minor power, nor when the flag allows great powers to bandwagon', () => {
    expect(greatPowerBalances(context())).toBeUndefined();
    expect(greatPowerBalances(context({ major: true }, { 'great-powers-bandwagon': 1 }))).toBeUndefined();
  });
});

describe('bandwagon-weak-exposed', () => {
  it('fires when weak, close and without help', () => {
    const outcome = bandwagonWeakExposed(context());
    expect(outcome?.id).toBe('bandwagon-weak-exposed');
    expect(outcome?.conditions.map((c) => [c.id, c.holds])).toEqual([
      ['weak', true],
      ['close', true],
      ['allies-cannot-help', true],
    ]);
  });

  it('needs the power ratio strictly below weakness', () => {
    const w = S.weakness;
    // Help is zero, so the ally test compares the same ratio with `ally-help`, which is above `weakness`.
    expect(bandwagonWeakExposed(context({ power: 0.5 * w * 0.999 }))?.id).toBe('bandwagon-weak-exposed');
    const atThreshold = context({ power: 0.5 * w });
    expect(bandwagonWeakExposed(atThreshold)).toBeUndefined();
    expect(balance(atThreshold)?.conditions.find((c) => c.id === 'weak')).toMatchObject({
      value: w,
      threshold: w,
      holds: false,
    });
  });

  it('needs the proximity at or above bandwagon-proximity', () => {
    const x = S['bandwagon-proximity'];
    expect(bandwagonWeakExposed(context(threatWith({ proximity: x })))?.id).toBe('bandwagon-weak-exposed');
    expect(bandwagonWeakExposed(context(threatWith({ proximity: x - 1e-9 })))).toBeUndefined();
  });

  it('needs own power plus help strictly below ally-help times the threat', () => {
    const a = S['ally-help'];
    const needed = a * 0.5 - 0.01;
    expect(bandwagonWeakExposed(context({ help: needed * 0.999 }))?.id).toBe('bandwagon-weak-exposed');
    const helped = context({ help: needed + 1e-12 });
    expect(bandwagonWeakExposed(helped)).toBeUndefined();
    expect(balance(helped)?.summary).toContain('allies can make up the difference');
  });
});

describe('bandwagon-wartime', () => {
  const farAndMiddling = { power: 0.5 * 0.4, ...threatWith({ proximity: 0.1 }) };

  it('fires in wartime for a state below wartime-weakness without help, however far', () => {
    expect(bandwagonWeakExposed(context({ ...farAndMiddling, wartime: true }))).toBeUndefined();
    const outcome = bandwagonWartime(context({ ...farAndMiddling, wartime: true }));
    expect(outcome?.id).toBe('bandwagon-wartime');
    expect(outcome?.conditions.map((c) => c.id)).toEqual(['wartime', 'wartime-weak', 'allies-cannot-help']);
  });

  it('does not fire in peacetime, at the wartime threshold, or with help', () => {
    expect(bandwagonWartime(context(farAndMiddling))).toBeUndefined();
    expect(
      bandwagonWartime(context({ ...farAndMiddling, wartime: true, power: 0.5 * S['wartime-weakness'] })),
    ).toBeUndefined();
    expect(bandwagonWartime(context({ ...farAndMiddling, wartime: true, help: 0.2 }))).toBeUndefined();
  });
});

describe('balance and the rule order', () => {
  it('balance always fires when there is a threat, and names the failed bandwagoning test', () => {
    const strong = balance(context({ power: 0.4 }));
    expect(strong?.id).toBe('balance');
    expect(strong?.summary).toContain('not weak against Big');
    const far = balance(context(threatWith({ proximity: 0.2 })));
    expect(far?.summary).toContain('not close enough');
    expect(balance(context({ rivals: 0, threat: undefined }))).toBeUndefined();
  });

  it('tries the rules in order: neutral before great power before bandwagoning before balance', () => {
    expect(decide(context({ rivals: 0, threat: undefined })).id).toBe('no-rivals');
    expect(decide(context({ major: true, ...threatWith({ score: 0.1 }) })).id).toBe('no-threat');
    expect(decide(context({ major: true })).id).toBe('great-power-balances');
    expect(decide(context({ wartime: true })).id).toBe('bandwagon-weak-exposed');
    expect(decide(context({ power: 0.2, wartime: true, ...threatWith({ proximity: 0.1 }) })).id).toBe(
      'bandwagon-wartime',
    );
    expect(decide(context({ power: 0.4 })).id).toBe('balance');
  });

  it('writes conditions with their value, threshold and setting', () => {
    const weak = decide(context()).conditions[0]!;
    expect(weak).toMatchObject({ id: 'weak', value: 0.02, threshold: S.weakness, setting: 'weakness' });
    expect(weak.text).toBe(
      `power ratio to Big 0.02 is below the weakness threshold ${S.weakness.toFixed(2)}`,
    );
  });
});
