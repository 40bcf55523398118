/**
 * buildIntentions: perceptions over declared intent over the default, and offense clamped.
 */
import { describe, expect, it } from 'vitest';
import { buildIntentions } from '../src/intentions.js';
import { buildStateTable } from '../src/state-table.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { makeState } from './scenario-builder.js';

describe('buildIntentions', () => {
  const table = buildStateTable([
    makeState('A', { intent: 0.9, offense: 0.8 }),
    makeState('B'),
    makeState('C', { offense: 7 }),
  ]);

  it('prefers the observer perception, then the declared intent, then the default', () => {
    const it2 = buildIntentions(table, [{ observer: 'B', target: 'A', intent: 0.2 }], DEFAULT_SETTINGS);
    expect(it2.intentOf(1, 0)).toBe(0.2);
    expect(it2.intentSource(1, 0)).toBe('perceived');
    expect(it2.intentOf(2, 0)).toBe(0.9);
    expect(it2.intentSource(2, 0)).toBe('declared');
    expect(it2.intentOf(0, 1)).toBe(DEFAULT_SETTINGS['default-intent']);
    expect(it2.intentSource(0, 1)).toBe('default');
  });

  it('reads offense, clamps it to [0, 1], and defaults it', () => {
    const it2 = buildIntentions(table, [], DEFAULT_SETTINGS);
    expect([...it2.offense]).toEqual([0.8, DEFAULT_SETTINGS['default-offense'], 1]);
    expect(it2.offenseSource(1)).toBe('default');
  });

  it('ignores perceptions of unknown states, of oneself, and bad numbers; the last one wins', () => {
    const it2 = buildIntentions(
      table,
      [
        { observer: 'Z', target: 'A', intent: 0.5 },
        { observer: 'A', target: 'A', intent: 0.5 },
        { observer: 'B', target: 'A', intent: Number.NaN },
        { observer: 'C', target: 'A', intent: 0.4 },
        { observer: 'C', target: 'A', intent: 0.6 },
      ],
      DEFAULT_SETTINGS,
    );
    expect(it2.intentSource(1, 0)).toBe('declared');
    expect(it2.intentOf(2, 0)).toBe(0.6);
  });
});
