/**
 * Find references: every use of the state under the cursor, across the programs given (the
 * document's own program and the programs of the files that import it), each place once.
 */
import type { CheckedProgram } from '../check-program.js';
import type { Location } from '../diagnostic.js';
import type { StateReference } from '../symbols.js';
import { navigationTarget, referenceRange, sameState } from './navigation-target.js';

/** Whether the declaration counts as a reference. */
export interface ReferencesOptions {
  readonly includeDeclaration: boolean;
}

/**
 * @param programs the program the cursor's document was checked in first, then any other
 *   program that contains the document (its importers)
 */
export function references(
  programs: readonly CheckedProgram[],
  uri: string,
  offset: number,
  options: ReferencesOptions,
): Location[] {
  const first = programs[0];
  if (!first) return [];
  const target = navigationTarget(first, uri, offset);
  if (!target) return [];
  if (target.kind === 'alliance') return allianceReferences(programs, target.name, options);
  if (target.kind !== 'state') return [];
  return stateReferences(programs, target.reference, options).map(({ location }) => location);
}

/** Every reference to the same state as `reference`, with its location, deduplicated. */
export function stateReferences(
  programs: readonly CheckedProgram[],
  reference: StateReference,
  options: ReferencesOptions,
): { reference: StateReference; location: Location }[] {
  const seen = new Set<string>();
  const result: { reference: StateReference; location: Location }[] = [];
  for (const checked of programs) {
    for (const candidate of checked.symbols.references) {
      if (!sameState(candidate, reference)) continue;
      if (!options.includeDeclaration && candidate.role === 'declaration') continue;
      const key = `${candidate.uri}\u0000${candidate.node.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const range = referenceRange(checked, candidate);
      if (range) result.push({ reference: candidate, location: { uri: candidate.uri, range } });
    }
  }
  return result.sort((a, b) =>
    a.location.uri < b.location.uri
      ? -1
      : a.location.uri > b.location.uri
        ? 1
        : a.location.range.start.offset - b.location.range.start.offset,
  );
}

function allianceReferences(
  programs: readonly CheckedProgram[],
  name: string,
  options: ReferencesOptions,
): Location[] {
  const seen = new Set<string>();
  const result: Location[] = [];
  const add = (checked: CheckedProgram, uri: string, start: number, end: number) => {
    const key = `${uri}\u0000${start}`;
    const document = checked.program.byUri.get(uri);
    if (seen.has(key) || !document) return;
    seen.add(key);
    result.push({ uri, range: document.lines.range(start, end) });
  };
  for (const checked of programs) {
    if (options.includeDeclaration) {
      for (const { uri, node } of checked.facts.base.alliances)
        if (node.name.value === name) add(checked, uri, node.name.start, node.name.end);
    }
    for (const variant of checked.facts.variants) {
      for (const { uri, node } of variant.facts.removes) {
        if (node.what === 'alliance' && node.name?.value === name)
          add(checked, uri, node.name.start, node.name.end);
      }
      if (options.includeDeclaration) {
        for (const { uri, node } of variant.facts.alliances)
          if (node.name.value === name) add(checked, uri, node.name.start, node.name.end);
      }
    }
  }
  return result;
}
