/**
 * Rename a state: every reference in the document's program and in the programs of the
 * files that import it. A new name must be a valid state name, not a reserved word, and not
 * the name of another state (two states would merge into one).
 */
import type { CheckedProgram } from '../check-program.js';
import type { Range, TextEdit } from '../diagnostic.js';
import { TOP_LEVEL_KEYWORDS } from '../syntax-message.js';
import { navigationTarget, referenceRange } from './navigation-target.js';
import { stateReferences } from './references.js';

/** The name that would be renamed and its range, or why the cursor is not on one. */
export type PrepareRenameResult =
  { readonly range: Range; readonly placeholder: string } | { readonly error: string };

/** The edits of a rename across the program, or why it cannot be done. */
export type RenameResult = { readonly edits: readonly TextEdit[] } | { readonly error: string };

const STATE_NAME = /^[\p{L}_][\p{L}\p{N}_-]*$/u;
const RESERVED: ReadonlySet<string> = new Set<string>([...TOP_LEVEL_KEYWORDS, 'sees']);

/** What would be renamed at `offset`, or why nothing can be. */
export function prepareRename(checked: CheckedProgram, uri: string, offset: number): PrepareRenameResult {
  const target = navigationTarget(checked, uri, offset);
  if (!target || target.kind !== 'state') return { error: 'Only state names can be renamed' };
  const range = referenceRange(checked, target.reference);
  if (!range) return { error: 'Only state names can be renamed' };
  return { range, placeholder: target.name };
}

/**
 * @param programs the program the cursor's document was checked in first, then the programs
 *   of other open files that contain it
 */
export function renameState(
  programs: readonly CheckedProgram[],
  uri: string,
  offset: number,
  newName: string,
): RenameResult {
  const first = programs[0];
  const target = first ? navigationTarget(first, uri, offset) : undefined;
  if (!target || target.kind !== 'state') return { error: 'Only state names can be renamed' };
  if (!STATE_NAME.test(newName)) {
    return {
      error: `"${newName}" is not a valid state name: use a letter or "_", then letters, digits, "_" or "-"`,
    };
  }
  if (RESERVED.has(newName)) return { error: `"${newName}" is a keyword and cannot name a state` };
  if (newName === target.name) return { edits: [] };
  for (const checked of programs) {
    const existing = checked.symbols.states.get(newName);
    if (existing) {
      const document = checked.program.byUri.get(existing.uri);
      const line = document ? document.lines.position(existing.statement.id.start).line : 0;
      return {
        error: `A state named "${newName}" already exists (${shortName(existing.uri)}:${line}); renaming would merge two states`,
      };
    }
  }
  const edits = stateReferences(programs, target.reference, { includeDeclaration: true }).map(
    ({ location }) => ({
      uri: location.uri,
      range: location.range,
      newText: newName,
    }),
  );
  return { edits };
}

function shortName(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}
