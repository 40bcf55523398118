/**
 * The thing a navigation request is about: a state (by name and declaration), an alliance or
 * an import. Definition, references, rename and highlight share this resolution so that they
 * always agree on what the cursor points at.
 */
import type { CheckedProgram } from '../check-program.js';
import type { Location, Range } from '../diagnostic.js';
import type { StateReference } from '../symbols.js';
import type { ImportStmt } from '../syntax-tree.js';
import { resolveImportPath } from '../uri-path.js';
import { allianceNameAt, stateReferenceAt, statementAt } from './locate.js';

/** What the cursor points at for navigation: a state, an alliance or an import. */
export type NavigationTarget =
  | { readonly kind: 'state'; readonly name: string; readonly reference: StateReference }
  | {
      readonly kind: 'alliance';
      readonly name: string;
      readonly declaration: Location | undefined;
      readonly origin: Location;
    }
  | {
      readonly kind: 'import';
      readonly statement: ImportStmt;
      readonly to: string;
      readonly origin: Location;
    };

/** The state, alliance or import at `offset`, or undefined. */
export function navigationTarget(
  checked: CheckedProgram,
  uri: string,
  offset: number,
): NavigationTarget | undefined {
  const document = checked.program.byUri.get(uri);
  if (!document) return undefined;
  const reference = stateReferenceAt(checked, uri, offset);
  if (reference) return { kind: 'state', name: reference.node.name, reference };
  const alliance = allianceNameAt(checked, document, offset);
  if (alliance) {
    const declaredIn = alliance.uri ? checked.program.byUri.get(alliance.uri) : undefined;
    return {
      kind: 'alliance',
      name: alliance.name.value,
      declaration:
        declaredIn && alliance.alliance
          ? {
              uri: declaredIn.uri,
              range: declaredIn.lines.range(alliance.alliance.name.start, alliance.alliance.name.end),
            }
          : undefined,
      origin: { uri, range: document.lines.range(alliance.name.start, alliance.name.end) },
    };
  }
  const statement = statementAt(document, offset);
  if (statement?.type === 'Import' && offset >= statement.path.start && offset <= statement.path.end) {
    return {
      kind: 'import',
      statement,
      to: resolveImportPath(uri, statement.path.value),
      origin: { uri, range: document.lines.range(statement.path.start, statement.path.end) },
    };
  }
  return undefined;
}

/** The range of a state reference in its document. */
export function referenceRange(checked: CheckedProgram, reference: StateReference): Range | undefined {
  return checked.program.byUri.get(reference.uri)?.lines.range(reference.node.start, reference.node.end);
}

/** Whether two references name the same state: the same declaration, or the same undeclared name. */
export function sameState(a: StateReference, b: StateReference): boolean {
  if (a.node.name !== b.node.name) return false;
  if (!a.symbol || !b.symbol) return !a.symbol && !b.symbol;
  return a.symbol.uri === b.symbol.uri && a.symbol.statement.id.start === b.symbol.statement.id.start;
}
