/**
 * Document highlight: the other uses of the state under the cursor in the same document; the
 * declaration is marked as the place the name is written, the rest as places it is read.
 */
import type { CheckedProgram } from '../check-program.js';
import type { Range } from '../diagnostic.js';
import { documentReferences } from './locate.js';
import { navigationTarget, referenceRange, sameState } from './navigation-target.js';
import { references } from './references.js';

/** An occurrence of the name under the cursor: a declaration (`write`) or a use (`read`). */
export interface Highlight {
  readonly range: Range;
  readonly kind: 'read' | 'write';
}

/** Every occurrence in this document of the state or alliance at `offset`. */
export function highlights(checked: CheckedProgram, uri: string, offset: number): Highlight[] {
  const target = navigationTarget(checked, uri, offset);
  if (!target) return [];
  if (target.kind === 'alliance') {
    return references([checked], uri, offset, { includeDeclaration: true })
      .filter((location) => location.uri === uri)
      .map((location) => ({ range: location.range, kind: 'read' as const }));
  }
  if (target.kind !== 'state') return [];
  const result: Highlight[] = [];
  for (const candidate of documentReferences(checked, uri)) {
    if (!sameState(candidate, target.reference)) continue;
    const range = referenceRange(checked, candidate);
    if (range)
      result.push({
        range,
        kind: candidate.role === 'declaration' || candidate.role === 'override' ? 'write' : 'read',
      });
  }
  return result;
}
