/**
 * Go to definition: a state name goes to its declaration, an alliance name in `remove
 * alliance` to the alliance, an import path to the imported file.
 */
import type { CheckedProgram } from '../check-program.js';
import type { Location } from '../diagnostic.js';
import { navigationTarget, referenceRange } from './navigation-target.js';

/** Where the state, alliance or imported file at `offset` is declared. */
export function definition(checked: CheckedProgram, uri: string, offset: number): Location[] {
  const target = navigationTarget(checked, uri, offset);
  if (!target) return [];
  switch (target.kind) {
    case 'state': {
      const symbol = target.reference.symbol;
      if (!symbol) return [];
      const range = referenceRange(checked, {
        uri: symbol.uri,
        node: symbol.statement.id,
        role: 'declaration',
        symbol,
      });
      return range ? [{ uri: symbol.uri, range }] : [];
    }
    case 'alliance':
      return target.declaration ? [target.declaration] : [];
    case 'import': {
      const imported = checked.program.byUri.get(target.to);
      if (!imported) return [];
      const start = { line: 1, column: 1, offset: 0 };
      return [{ uri: imported.uri, range: { start, end: start } }];
    }
  }
}
