/**
 * The value of a what-if as a number: the member's words mapped to the language's
 * (`questions/value-words.ts`: "peaceful" is `benign`), then read by dsl's `readValue`, so a
 * value means in a question exactly what it means in a `.threat` file.
 */
import { expectedValueText, readValue, type ValueReading } from '@threatlab/dsl';
import type { WhatIfChange } from '../request.js';
import { valueWord } from '../questions/value-words.js';

/** The number a what-if's value stands for (with its level word), or why it is not one. */
export function whatIfValue(change: WhatIfChange): ValueReading {
  const word = valueWord(change.value);
  if (word === undefined)
    return {
      ok: false,
      message: `"${change.value}" is not a value for ${change.fact}; use ${expectedValueText(change.fact)}`,
    };
  return readValue(change.fact, word);
}
