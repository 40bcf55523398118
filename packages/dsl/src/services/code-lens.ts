/**
 * Code lenses: above each state, its predicted strategy under balance of threat, in words:
 * "balances against Germany with France, Russia", "bandwagons with Germany", "stays neutral".
 */
import { predictionPhrase, stateNamer, type Prediction, type Scenario } from '@threatlab/core';
import type { CheckedProgram } from '../check-program.js';
import type { Range } from '../diagnostic.js';
import type { ProgramEvaluation } from '../evaluate-program.js';
import type { Item } from '../syntax-tree.js';

/** A line of text an editor shows above a statement (a state's predicted strategy, a claim's verdict). */
export interface CodeLens {
  readonly range: Range;
  readonly title: string;
  /** The state the lens is about. */
  readonly state: string;
}

/** The code lenses of one document: each state's predicted strategy and each claim's verdict. */
export function codeLenses(checked: CheckedProgram, evaluation: ProgramEvaluation, uri: string): CodeLens[] {
  const document = checked.program.byUri.get(uri);
  if (!document) return [];
  const lenses: CodeLens[] = [];
  const add = (items: readonly Item[], scenario: Scenario, predictions: ReadonlyMap<string, Prediction>) => {
    const name = stateNamer(scenario);
    for (const item of items) {
      if (item.type !== 'State') continue;
      const prediction = predictions.get(item.id.name);
      if (!prediction) continue;
      lenses.push({
        range: document.lines.range(item.id.start, item.id.end),
        title: predictionPhrase(prediction, name, { partners: true }),
        state: item.id.name,
      });
    }
  };
  add(document.file.items, evaluation.base.scenario, evaluation.base.analysis.threat.predictions);
  for (const item of document.file.items) {
    if (item.type !== 'Variant') continue;
    const variant = evaluation.variants.find((v) => v.variant === item.name.value);
    if (variant) add(item.items, variant.scenario, variant.analysis.threat.predictions);
  }
  return lenses;
}
