/**
 * A value written outside a file, read the way the language reads it: "benign", "high",
 * "0.2", "12%". The bot's what-if answers take values through here, so a value means in a
 * question exactly what it means after `intent` or `power` in a `.threat` file (the same
 * grammar rule reads it, the same tables in values.ts give its number).
 */
import { INTENT_LEVELS, OFFENSE_LEVELS } from '@threatlab/core';
import { parse as peggyParse } from '../generated/threat-parser.js';
import type { Attribute } from './syntax-tree.js';
import { fractionOf, intentOf, offenseOf } from './values.js';

/** What a value is for: a state's declared intent, offense or power, or a perception (an intent). */
export type ValueFact = 'intent' | 'offense' | 'power' | 'perception';

/** A value read: its number for the model and the level word it was written as, or why it is not one. */
export type ValueReading =
  | { readonly ok: true; readonly value: number; readonly word?: string }
  | { readonly ok: false; readonly message: string };

/** The attribute whose value rule reads each fact's values. */
const ATTRIBUTE: Readonly<Record<ValueFact, 'intent' | 'offense' | 'power'>> = {
  intent: 'intent',
  perception: 'intent',
  offense: 'offense',
  power: 'power',
};

/** What a fact accepts, in words, for messages. */
export function expectedValueText(fact: ValueFact): string {
  if (fact === 'power') return 'a share from 0 to 1 or a percentage (12%)';
  const levels = Object.keys(fact === 'offense' ? OFFENSE_LEVELS : INTENT_LEVELS);
  return `${levels.slice(0, -1).join(', ')} or ${levels[levels.length - 1]}, or a number from 0 to 1`;
}

/**
 * Reads `text` as a value of `fact`: a level word of that fact (`benign`, `high`), a number
 * from 0 to 1, or a percentage. Synonyms ("peaceful") are the caller's to map to the
 * language's words first.
 *
 * @example
 * readValue('intent', 'benign'); // { ok: true, value: 0.1, word: 'benign' }
 * readValue('power', '12%'); // { ok: true, value: 0.12 }
 * readValue('offense', 'huge'); // { ok: false, message: '"huge" is not a value for offense; use low, medium or high, or a number from 0 to 1' }
 */
export function readValue(fact: ValueFact, text: string): ValueReading {
  const written = text.trim();
  const notAValue: ValueReading = {
    ok: false,
    message: `"${written}" is not a value for ${fact}; use ${expectedValueText(fact)}`,
  };
  const attribute = parseAttribute(`${ATTRIBUTE[fact]} ${written}`);
  if (attribute === undefined) return notAValue;
  if (attribute.type === 'Power' || attribute.type === 'Intent' || attribute.type === 'Offense') {
    const node = attribute.value;
    if (node.type === 'Components') return notAValue;
    if (node.type === 'Word') {
      const value = attribute.type === 'Offense' ? offenseOf(node) : intentOf(node);
      return value === undefined || attribute.type === 'Power'
        ? notAValue
        : { ok: true, value, word: node.word };
    }
    const value = fractionOf(node);
    if (value === undefined) return notAValue;
    if (value < 0 || value > 1) {
      return { ok: false, message: `${written} is out of range for ${fact}; use ${expectedValueText(fact)}` };
    }
    return { ok: true, value };
  }
  return notAValue;
}

/** The attribute `text` is, by the grammar's own rule; undefined when it is not one. */
function parseAttribute(text: string): Attribute | undefined {
  try {
    return peggyParse(text, { startRule: 'Attribute' }) as Attribute;
  } catch {
    // Peggy throws on text the rule does not read: that is simply not a value.
    return undefined;
  }
}
