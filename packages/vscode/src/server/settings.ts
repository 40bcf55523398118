/**
 * The server's settings, from the editor's `threat` configuration section (VS Code) or from
 * `initializationOptions` (other editors). Anything malformed falls back to the default.
 */
import { FACTORS, type Factor } from '@threatlab/core';

export interface ServerSettings {
  /** Extra wait after an edit before analysing, in ms. */
  readonly debounceMs: number;
  /** Factor weights that override the model's defaults; a scenario's own settings win. */
  readonly weights: Readonly<Partial<Record<Factor, number>>>;
}

export const DEFAULT_SETTINGS: ServerSettings = { debounceMs: 0, weights: {} };

export function readClientSettings(
  section: unknown,
  previous: ServerSettings = DEFAULT_SETTINGS,
): ServerSettings {
  if (typeof section !== 'object' || section === null) return previous;
  const raw = section as { diagnostics?: { debounceMs?: unknown }; model?: { weights?: unknown } };
  const debounce = raw.diagnostics?.debounceMs;
  const weights: Partial<Record<Factor, number>> = {};
  const rawWeights = raw.model?.weights;
  if (typeof rawWeights === 'object' && rawWeights !== null) {
    for (const factor of FACTORS) {
      const value = (rawWeights as Record<string, unknown>)[factor];
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10)
        weights[factor] = value;
    }
  }
  return {
    debounceMs:
      typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0
        ? Math.min(debounce, 2000)
        : DEFAULT_SETTINGS.debounceMs,
    weights,
  };
}
