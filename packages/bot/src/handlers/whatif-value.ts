/**
 * The value of a what-if as a number, through the model's own level tables: `benign` is
 * INTENT_LEVELS.benign, `high` is OFFENSE_LEVELS.high, `12%` is 0.12.
 */
import { INTENT_LEVELS, OFFENSE_LEVELS, isIntentLevel, isOffenseLevel } from '@threatlab/core';
import type { WhatIfChange } from '../request.js';
import { valueWord } from '../questions/value-words.js';

export type ValueOutcome =
  | { readonly ok: true; readonly value: number; readonly word?: string }
  | { readonly ok: false; readonly message: string };

export function whatIfValue(change: WhatIfChange): ValueOutcome {
  const word = valueWord(change.value);
  const levels =
    change.fact === 'offense'
      ? 'low, medium or high'
      : change.fact === 'power'
        ? ''
        : 'benign, status-quo, revisionist or hostile';
  const expected =
    change.fact === 'power'
      ? 'a share from 0 to 1 or a percentage (12%)'
      : `${levels}, or a number from 0 to 1`;
  if (word === undefined)
    return { ok: false, message: `"${change.value}" is not a value for ${change.fact}; use ${expected}` };
  if (change.fact !== 'power' && change.fact !== 'offense' && isIntentLevel(word))
    return { ok: true, value: INTENT_LEVELS[word], word };
  if (change.fact === 'offense' && isOffenseLevel(word))
    return { ok: true, value: OFFENSE_LEVELS[word], word };
  const number = word.endsWith('%') ? Number.parseFloat(word) / 100 : Number.parseFloat(word);
  if (!Number.isFinite(number) || /^[a-z-]+$/.test(word))
    return { ok: false, message: `"${change.value}" is not a value for ${change.fact}; use ${expected}` };
  if (number < 0 || number > 1)
    return { ok: false, message: `${change.value} is out of range for ${change.fact}; use ${expected}` };
  return { ok: true, value: number };
}
