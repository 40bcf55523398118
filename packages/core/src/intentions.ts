/**
 * Offensive capability (one value per target) and intent (one value per observer-target pair).
 *
 * Intent is perceived: an observer's own perception of the target wins, then the target's
 * declared intent (what everyone without a perception of their own sees), then the default.
 * The source is kept so that an explanation can say which one was used.
 */
import type { Perception } from './scenario.js';
import type { ModelSettings } from './settings.js';
import type { StateTable } from './state-table.js';
import { clamp } from './numbers.js';

export type IntentSource = 'perceived' | 'declared' | 'default';
export type OffenseSource = 'declared' | 'default';

export interface Intentions {
  readonly n: number;
  /** Offensive capability of each state in [0, 1]. */
  readonly offense: Float64Array;
  /** Intent of the target as seen by the observer, at `observer * n + target`, in [0, 1]. */
  readonly intent: Float64Array;
  offenseSource(state: number): OffenseSource;
  intentSource(observer: number, target: number): IntentSource;
}

const DEFAULT = 0;
const DECLARED = 1;
const PERCEIVED = 2;

function usableUnit(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Reads offense, declared intent and perceptions; unknown states and bad numbers are ignored. */
export function buildIntentions(table: StateTable, perceptions: readonly Perception[], settings: ModelSettings): Intentions {
  const n = table.size;
  const offense = new Float64Array(n);
  const offenseKind = new Uint8Array(n);
  const declared = new Float64Array(n);
  const declaredKind = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    const facts = table.facts[j]!;
    if (usableUnit(facts.offense)) {
      offense[j] = clamp(facts.offense, 0, 1);
      offenseKind[j] = DECLARED;
    } else {
      offense[j] = settings['default-offense'];
    }
    if (usableUnit(facts.intent)) {
      declared[j] = clamp(facts.intent, 0, 1);
      declaredKind[j] = DECLARED;
    } else {
      declared[j] = settings['default-intent'];
    }
  }

  const intent = new Float64Array(n * n);
  const intentKind = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    intent.set(declared, row);
    intentKind.set(declaredKind, row);
  }
  // Later perceptions of the same pair override earlier ones, as a later line in a file would.
  for (const p of perceptions ?? []) {
    if (p === null || typeof p !== 'object' || !usableUnit(p.intent)) continue;
    const i = table.indexOf(p.observer);
    const j = table.indexOf(p.target);
    if (i < 0 || j < 0 || i === j) continue;
    intent[i * n + j] = clamp(p.intent, 0, 1);
    intentKind[i * n + j] = PERCEIVED;
  }

  return {
    n,
    offense,
    intent,
    offenseSource: (j) => (offenseKind[j] === DECLARED ? 'declared' : 'default'),
    intentSource: (i, j) => {
      const kind = intentKind[i * n + j];
      return kind === PERCEIVED ? 'perceived' : kind === DECLARED ? 'declared' : 'default';
    },
  };
}
