/**
 * Which model result a position in a document is about: the base scenario, or the variant
 * whose block holds the position. Hovers, code lenses and inlay hints inside a variant show
 * the variant's predictions.
 */
import type { CheckedProgram } from '../check-program.js';
import type { EvaluatedScenario, ProgramEvaluation } from '../evaluate-program.js';
import type { SettingName } from '@threatlab/core';
import { itemAt } from './locate.js';

/** The model result a position is about: the variant whose block holds `offset`, or the base scenario. */
export function evaluatedAt(
  checked: CheckedProgram,
  evaluation: ProgramEvaluation,
  uri: string,
  offset: number,
): EvaluatedScenario {
  const document = checked.program.byUri.get(uri);
  const item = document ? itemAt(document, offset) : undefined;
  if (item?.type === 'Variant')
    return evaluation.variants.find((v) => v.variant === item.name.value) ?? evaluation.base;
  return evaluation.base;
}

/**
 * The checked program with settings that apply where the scenario gives none: an editor's
 * user settings (model weights) sit under the scenario's own `settings` block.
 */
export function withSettingDefaults(
  checked: CheckedProgram,
  defaults: Readonly<Partial<Record<SettingName, number>>>,
): CheckedProgram {
  if (Object.keys(defaults).length === 0) return checked;
  const apply = <T extends { scenario: { settings: Readonly<Partial<Record<SettingName, number>>> } }>(
    lowered: T,
  ): T => ({
    ...lowered,
    scenario: { ...lowered.scenario, settings: { ...defaults, ...lowered.scenario.settings } },
  });
  const lowered = { base: apply(checked.lowered.base), variants: checked.lowered.variants.map(apply) };
  return {
    get program() {
      return checked.program;
    },
    get facts() {
      return checked.facts;
    },
    get symbols() {
      return checked.symbols;
    },
    get problems() {
      return checked.problems;
    },
    lowered,
  };
}
