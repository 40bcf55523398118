/**
 * The diagnostics an editor shows for one open document: the program's diagnostics in that
 * document, plus one per import whose file has errors (an editor shows only open files'
 * diagnostics, so a broken imported file would otherwise go unnoticed).
 */
import { checkDiagnostics, type CheckedProgram } from '../check-program.js';
import type { Diagnostic } from '../diagnostic.js';

/** The diagnostics an editor shows for one open document, with one per import whose file has errors. */
export function documentDiagnostics(
  checked: CheckedProgram,
  uri: string,
  all: readonly Diagnostic[] = checkDiagnostics(checked),
): Diagnostic[] {
  const own = all.filter((d) => d.uri === uri);
  const errorsByUri = new Map<string, Diagnostic[]>();
  for (const diagnostic of all) {
    if (diagnostic.uri === uri || diagnostic.severity !== 'error') continue;
    let list = errorsByUri.get(diagnostic.uri);
    if (!list) errorsByUri.set(diagnostic.uri, (list = []));
    list.push(diagnostic);
  }
  const document = checked.program.byUri.get(uri);
  if (!document || errorsByUri.size === 0) return own;
  for (const edge of checked.program.imports) {
    if (edge.from !== uri) continue;
    const errors = errorsOfImport(checked, edge.to, errorsByUri);
    if (errors.length === 0) continue;
    const first = errors[0]!;
    own.push({
      code: first.code,
      severity: 'error',
      message: `The imported file "${edge.statement.path.value}" has ${errors.length} error${errors.length === 1 ? '' : 's'}; the first: ${first.message}`,
      uri,
      range: document.lines.range(edge.statement.path.start, edge.statement.path.end),
      related: errors
        .slice(0, 20)
        .map((e) => ({ location: { uri: e.uri, range: e.range }, message: e.message })),
      fixes: [],
    });
  }
  return own;
}

/** Errors in an imported document and in everything it imports in turn. */
function errorsOfImport(
  checked: CheckedProgram,
  uri: string,
  errorsByUri: ReadonlyMap<string, Diagnostic[]>,
): Diagnostic[] {
  const result: Diagnostic[] = [];
  const seen = new Set<string>();
  const visit = (at: string) => {
    if (seen.has(at)) return;
    seen.add(at);
    result.push(...(errorsByUri.get(at) ?? []));
    for (const edge of checked.program.imports) if (edge.from === at && edge.found) visit(edge.to);
  };
  visit(uri);
  return result;
}
