/**
 * What the numbers and words of the language mean to the model: shares, levels, distances.
 * Checks use these to decide what is wrong; lowering uses the same functions to build the
 * model's input, so the two never disagree.
 */
import { INTENT_LEVELS, OFFENSE_LEVELS, type ReachLevel } from '@threatlab/core';
import type { NumberNode, WordNode } from './syntax-tree.js';

/** Kilometres per length unit (statute mile, nautical mile). */
export const KM_PER_UNIT: Readonly<Record<'km' | 'mi' | 'nm', number>> = { km: 1, mi: 1.609344, nm: 1.852 };

/** The reach levels, shortest first. */
export const REACH_LEVELS: readonly ReachLevel[] = ['local', 'regional', 'global'];

/** A share or a 0..1 value: a plain number, or a percentage. Undefined for a distance unit. */
export function fractionOf(node: NumberNode): number | undefined {
  if (!node.unit) return node.value;
  if (node.unit.name === '%') return node.value / 100;
  return undefined;
}

/** A distance in km, or undefined when the number has no distance unit. */
export function kilometresOf(node: NumberNode): number | undefined {
  if (!node.unit || node.unit.name === '%') return undefined;
  return node.value * KM_PER_UNIT[node.unit.name];
}

/**
 * The offense a value stands for: a number or percentage in [0, 1], or a level word; undefined
 * when it is neither.
 */
export function offenseOf(value: NumberNode | WordNode): number | undefined {
  if (value.type === 'Number') return fractionOf(value);
  return Object.hasOwn(OFFENSE_LEVELS, value.word)
    ? OFFENSE_LEVELS[value.word as keyof typeof OFFENSE_LEVELS]
    : undefined;
}

/**
 * The intent a value stands for: a number or percentage in [0, 1], or a level word; undefined when
 * it is neither.
 */
export function intentOf(value: NumberNode | WordNode): number | undefined {
  if (value.type === 'Number') return fractionOf(value);
  return Object.hasOwn(INTENT_LEVELS, value.word)
    ? INTENT_LEVELS[value.word as keyof typeof INTENT_LEVELS]
    : undefined;
}

/** Whether `word` names a reach level. */
export function isReachLevel(word: string): word is ReachLevel {
  return (REACH_LEVELS as readonly string[]).includes(word);
}

/** Clamps into [low, high]: lowering keeps evaluating a value the checker has flagged. */
export function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : low;
}

/** A pair of states in a canonical order, for facts that do not depend on direction. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
