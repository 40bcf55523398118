/**
 * The settings the model actually uses: the defaults with a scenario's overrides applied, then
 * made safe. The checker reports out-of-range values to the author; the model, which must not
 * throw, clamps them to the documented range instead and treats a non-number as absent.
 */
import { resolveSettings, SETTING_DESCRIPTORS, type ModelSettings, type SettingName } from './settings.js';
import type { Scenario } from './scenario.js';
import { clamp } from './numbers.js';

/** The defaults, overridden by `scenario.settings`, each clamped to its range (flags to 0 or 1). */
export function effectiveSettings(scenario: Pick<Scenario, 'settings'>): ModelSettings {
  const merged = resolveSettings(scenario.settings ?? {});
  const safe = {} as Record<SettingName, number>;
  for (const d of SETTING_DESCRIPTORS) {
    const raw = merged[d.name];
    let value = Number.isFinite(raw) ? clamp(raw, d.min, d.max) : d.default;
    if (d.kind === 'flag') value = value >= 0.5 ? 1 : 0;
    safe[d.name] = value;
  }
  return Object.freeze(safe);
}
