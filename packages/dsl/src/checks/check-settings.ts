/**
 * Settings: names the model knows, values in their ranges, flags 0 or 1, no name twice.
 */
import { FACTORS, SETTING_DESCRIPTORS, settingDescriptor } from '@threatlab/core';
import type { FactSet } from '../facts.js';
import { closestMatch } from '../suggest.js';
import type { SettingNode } from '../syntax-tree.js';
import { kilometresOf } from '../values.js';
import type { CheckContext } from './check-context.js';
import { expectDistance, expectNoUnit } from './value-rules.js';
import { didYouMean } from '../messages.js';

const SETTING_NAMES = SETTING_DESCRIPTORS.map((d) => d.name).filter((n) => !n.startsWith('weight-'));

/** The model's name for a setting node: `weight power 2` is "weight-power". */
export function settingName(node: SettingNode): string {
  return node.weight ? `weight-${node.name.word}` : node.name.word;
}

/** Checks the settings blocks of the base scenario and of each variant. */
export function checkSettings(context: CheckContext): void {
  checkSettingSet(context, context.facts.base);
  for (const variant of context.facts.variants) checkSettingSet(context, variant.facts);
}

function checkSettingSet(context: CheckContext, facts: FactSet): void {
  const seen = new Map<string, { uri: string; start: number; end: number }>();
  for (const { uri, node } of facts.settings) {
    const name = settingName(node);
    const descriptor = settingDescriptor(name);
    if (!descriptor) {
      const candidates = node.weight ? FACTORS : SETTING_NAMES;
      const suggestion = closestMatch(node.name.word, candidates);
      context.report({
        code: 'unknown-setting',
        message: node.weight
          ? `"${node.name.word}" is not a factor; weights exist for ${FACTORS.join(', ')}${didYouMean(suggestion)}`
          : `"${node.name.word}" is not a setting${didYouMean(suggestion)}`,
        uri,
        start: node.name.start,
        end: node.name.end,
        ...(suggestion
          ? {
              fixes: [
                {
                  title: `Change to "${suggestion}"`,
                  edits: [{ start: node.name.start, end: node.name.end, newText: suggestion }],
                  preferred: true,
                },
              ],
            }
          : {}),
      });
      continue;
    }
    const first = seen.get(name);
    if (first) {
      context.report({
        code: 'duplicate-setting',
        message: `Setting "${name}" is given twice; the last one counts`,
        uri,
        start: node.start,
        end: node.end,
        related: [{ ...first, message: 'first given here' }],
      });
    }
    seen.set(name, { uri, start: node.start, end: node.end });
    const value = node.value;
    if (descriptor.kind === 'km') {
      if (!expectDistance(context, uri, value, `The setting "${name}"`)) continue;
    } else if (!expectNoUnit(context, uri, value, `The setting "${name}"`)) continue;
    const number = descriptor.kind === 'km' ? (kilometresOf(value) ?? value.value) : value.value;
    if (descriptor.kind === 'flag' && number !== 0 && number !== 1) {
      context.report({
        code: 'value-out-of-range',
        message: `The setting "${name}" is a flag: 0 (off) or 1 (on), not ${value.value}`,
        uri,
        start: value.start,
        end: value.end,
      });
    } else if (number < descriptor.min || number > descriptor.max) {
      context.report({
        code: 'value-out-of-range',
        message: `The setting "${name}" must be between ${descriptor.min} and ${descriptor.max}${descriptor.kind === 'km' ? ' km' : ''}, not ${value.value}`,
        uri,
        start: value.start,
        end: value.end,
      });
    }
  }
}
