/**
 * Values: every number is in its range and has the right unit, every level word is known,
 * and no attribute is given twice in one block.
 */
import { ALLIANCE_KINDS, INTENT_LEVELS, OFFENSE_LEVELS } from '@threatlab/core';
import type { FactSet } from '../facts.js';
import type { Attribute, StateStmt } from '../syntax-tree.js';
import { REACH_LEVELS } from '../values.js';
import type { CheckContext } from './check-context.js';
import {
  expectDistance,
  expectFraction,
  expectLevel,
  expectNoUnit,
  expectRange,
  reportRepeatedAttribute,
} from './value-rules.js';

const OFFENSE_WORDS = Object.keys(OFFENSE_LEVELS);
const INTENT_WORDS = Object.keys(INTENT_LEVELS);

const ATTRIBUTE_WORD: Readonly<Record<Attribute['type'], string>> = {
  Power: 'power',
  Offense: 'offense',
  Intent: 'intent',
  Capital: 'capital',
  Reach: 'reach',
  Major: 'major',
};

/** Checks every value's range, unit and level word, and attributes given twice in one block. */
export function checkValues(context: CheckContext): void {
  const { facts } = context;
  for (const { uri, node } of facts.headers) {
    for (const entry of node.entries) {
      if (entry.type === 'Year') {
        if (
          expectNoUnit(context, uri, entry.value, 'A year') &&
          (!Number.isInteger(entry.value.value) || entry.value.value < 1000 || entry.value.value > 3000)
        ) {
          context.report({
            code: 'value-out-of-range',
            message: `A year must be a whole number from 1000 to 3000, not ${entry.value.value}`,
            uri,
            start: entry.value.start,
            end: entry.value.end,
          });
        }
      }
    }
  }
  checkFactValues(context, facts.base);
  for (const variant of facts.variants) checkFactValues(context, variant.facts);
}

function checkFactValues(context: CheckContext, facts: FactSet): void {
  for (const { uri, node } of facts.states) checkState(context, uri, node);
  for (const { uri, node } of facts.perceptions) {
    if (node.level) expectLevel(context, uri, node.level, INTENT_WORDS, 'Perceived intent');
    if (node.value) expectFraction(context, uri, node.value, 'A perceived intent');
  }
  for (const { uri, node } of facts.seas) expectDistance(context, uri, node.distance, 'The sea crossing');
  for (const { uri, node } of facts.distances) expectDistance(context, uri, node.distance, 'The distance');
  for (const { uri, node } of facts.alliances) {
    expectLevel(context, uri, node.kind, ALLIANCE_KINDS, 'Alliance kind', 'unknown-alliance-kind');
    if (
      node.year &&
      expectNoUnit(context, uri, node.year, 'A year') &&
      (!Number.isInteger(node.year.value) || node.year.value < 1000 || node.year.value > 3000)
    ) {
      context.report({
        code: 'value-out-of-range',
        message: `A year must be a whole number from 1000 to 3000, not ${node.year.value}`,
        uri,
        start: node.year.start,
        end: node.year.end,
      });
    }
  }
}

function checkState(context: CheckContext, uri: string, state: StateStmt): void {
  const seen = new Map<string, Attribute>();
  for (const attr of state.attrs ?? []) {
    if (attr.type === 'AttrError') continue;
    const word = ATTRIBUTE_WORD[attr.type];
    const earlier = seen.get(word);
    if (earlier) reportRepeatedAttribute(context, uri, state.id.name, word, attr, earlier);
    seen.set(word, attr);
    switch (attr.type) {
      case 'Power':
        if (attr.value.type === 'Number')
          expectFraction(context, uri, attr.value, 'Power (a share of the system)');
        break;
      case 'Offense':
        if (attr.value.type === 'Number') expectFraction(context, uri, attr.value, 'Offense');
        else expectLevel(context, uri, attr.value, OFFENSE_WORDS, 'Offense level');
        break;
      case 'Intent':
        if (attr.value.type === 'Number') expectFraction(context, uri, attr.value, 'Intent');
        else expectLevel(context, uri, attr.value, INTENT_WORDS, 'Intent level');
        break;
      case 'Capital':
        expectRange(context, uri, attr.lat, 'Latitude', -90, 90);
        expectRange(context, uri, attr.lon, 'Longitude', -180, 180);
        break;
      case 'Reach':
        if (attr.value.type === 'Number') {
          if (expectDistance(context, uri, attr.value, 'Reach') && attr.value.value === 0) {
            context.report({
              code: 'value-out-of-range',
              message: 'Reach must be more than 0',
              uri,
              start: attr.value.start,
              end: attr.value.end,
            });
          }
        } else expectLevel(context, uri, attr.value, REACH_LEVELS, 'Reach level');
        break;
      case 'Major':
        break;
    }
  }
}
