/**
 * Offensive capability (one value per target) and intent (one value per observer-target pair).
 *
 * Intent is perceived: an observer's own perception of the target wins, then the target's
 * declared intent (what everyone without a perception of their own sees), then the default.
 * The source is kept so that an explanation can say which one was used. Perceptions are few
 * next to the n^2 pairs, so they are kept in a map over the declared values.
 */
import type { Perception } from './scenario.js';
import type { ModelSettings } from './settings.js';
import type { StateTable } from './state-table.js';
import { clamp } from './numbers.js';

/**
 * Where a state's intent towards another came from: the observer's perception, the target's
 * declared intent, or the default.
 */
export type IntentSource = 'perceived' | 'declared' | 'default';
/** Where a state's offensive capability came from: declared, or the default. */
export type OffenseSource = 'declared' | 'default';

/**
 * Offense and intent for every state and pair, with where each value came from, as the threat
 * score reads them.
 */
export interface Intentions {
  readonly n: number;
  /** Offensive capability of each state in [0, 1]. */
  readonly offense: Float64Array;
  /** Each state's intent as seen by observers without a perception of their own. */
  readonly declared: Float64Array;
  /** Perceived intents, keyed `observer * n + target`. */
  readonly perceived: ReadonlyMap<number, number>;
  /** Intent of the target as seen by the observer, in [0, 1]. */
  intentOf(observer: number, target: number): number;
  offenseSource(state: number): OffenseSource;
  intentSource(observer: number, target: number): IntentSource;
}

function usableNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Reads offense, declared intent and perceptions; unknown states and bad numbers are ignored. */
export function buildIntentions(
  table: StateTable,
  perceptions: readonly Perception[],
  settings: ModelSettings,
): Intentions {
  const n = table.size;
  const offense = new Float64Array(n);
  const offenseDeclared = new Uint8Array(n);
  const declared = new Float64Array(n);
  const intentDeclared = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    const facts = table.facts[j]!;
    if (usableNumber(facts.offense)) {
      offense[j] = clamp(facts.offense, 0, 1);
      offenseDeclared[j] = 1;
    } else {
      offense[j] = settings['default-offense'];
    }
    if (usableNumber(facts.intent)) {
      declared[j] = clamp(facts.intent, 0, 1);
      intentDeclared[j] = 1;
    } else {
      declared[j] = settings['default-intent'];
    }
  }

  // Later perceptions of the same pair override earlier ones, as a later line in a file would.
  const perceived = new Map<number, number>();
  for (const p of perceptions ?? []) {
    if (p === null || typeof p !== 'object' || !usableNumber(p.intent)) continue;
    const i = table.indexOf(p.observer);
    const j = table.indexOf(p.target);
    if (i < 0 || j < 0 || i === j) continue;
    perceived.set(i * n + j, clamp(p.intent, 0, 1));
  }

  return {
    n,
    offense,
    declared,
    perceived,
    intentOf: (i, j) => perceived.get(i * n + j) ?? declared[j]!,
    offenseSource: (j) => (offenseDeclared[j] === 1 ? 'declared' : 'default'),
    intentSource: (i, j) =>
      perceived.has(i * n + j) ? 'perceived' : intentDeclared[j] === 1 ? 'declared' : 'default',
  };
}
