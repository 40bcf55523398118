/**
 * Named levels and the numbers behind them.
 *
 * Authors may write a level (`offense high`, `intent revisionist`, `reach global`) or a number;
 * the language maps levels through these tables, and the docs print them, so the meaning of a
 * word is written down in exactly one place.
 */

/** A named level of offensive capability, for authors who do not give a number. */
export type OffenseLevel = 'low' | 'medium' | 'high';
/** A named level of intent, from benign to hostile, for authors who do not give a number. */
export type IntentLevel = 'benign' | 'status-quo' | 'revisionist' | 'hostile';

/** The offensive capability each named level stands for, in [0, 1] (docs/model.md gives the reasons). */
export const OFFENSE_LEVELS: Readonly<Record<OffenseLevel, number>> = { low: 0.2, medium: 0.5, high: 0.8 };

/** The aggressiveness each named intent level stands for, in [0, 1] (docs/model.md gives the reasons). */
export const INTENT_LEVELS: Readonly<Record<IntentLevel, number>> = {
  benign: 0.1,
  'status-quo': 0.3,
  revisionist: 0.7,
  hostile: 0.9,
};

/** Why each level sits where it does, for docs and hovers. */
export const LEVEL_MEANINGS: Readonly<Record<OffenseLevel | IntentLevel, string>> = {
  low: 'forces built for defence; little ability to take and hold territory',
  medium: 'some ability to strike beyond its borders, at real cost',
  high: 'forces and doctrine built to attack: mobile armies, large fleets, plans for the offensive',
  benign: 'no designs on others; seen as friendly',
  'status-quo': 'content with the existing order; defends what it has',
  revisionist: 'wants to change borders or the order, by pressure if needed',
  hostile: 'openly aggressive; expected to use force against the observer',
};

/** Whether `word` names an offense level. */
export function isOffenseLevel(word: string): word is OffenseLevel {
  return Object.hasOwn(OFFENSE_LEVELS, word);
}

/** Whether `word` names an intent level. */
export function isIntentLevel(word: string): word is IntentLevel {
  return Object.hasOwn(INTENT_LEVELS, word);
}
