/**
 * Inlay hints: after each perception, the threat its target poses to its observer, as the
 * model scores it ("threat 0.62, rank 1"). Only the requested stretch of the document is
 * computed, so a perception matrix of 40,000 lines costs what is on screen.
 */
import { fixed } from '@threatlab/core';
import type { CheckedProgram } from '../check-program.js';
import type { Position } from '../diagnostic.js';
import type { ProgramEvaluation } from '../evaluate-program.js';
import type { Item } from '../syntax-tree.js';
import { evaluatedAt } from './model-view.js';

/** A short label an editor shows inside a line (a perception's threat score and rank). */
export interface InlayHint {
  readonly position: Position;
  readonly label: string;
  readonly tooltip: string;
}

/** The inlay hints of the statements in `[start, end)` of a document, from the model's results. */
export function inlayHints(
  checked: CheckedProgram,
  evaluation: ProgramEvaluation,
  uri: string,
  start: number,
  end: number,
): InlayHint[] {
  const document = checked.program.byUri.get(uri);
  if (!document) return [];
  const hints: InlayHint[] = [];
  const visit = (items: readonly Item[]) => {
    for (const item of items) {
      if (item.end < start || item.start > end) continue;
      if (item.type === 'Variant') visit(item.items);
      if (item.type !== 'Perception') continue;
      const evaluated = evaluatedAt(checked, evaluation, uri, item.start);
      const assessment = evaluated.analysis.threat.assessment(item.observer.name, item.target.name);
      if (!assessment) continue;
      hints.push({
        position: document.lines.position(item.end),
        label: `threat ${fixed(assessment.score)}`,
        tooltip: `How much ${item.target.name} threatens ${item.observer.name} under balance of threat: ${fixed(assessment.score, 3)}, rank ${assessment.rank} among ${item.observer.name}'s threats`,
      });
    }
  };
  visit(document.file.items);
  return hints;
}
