/**
 * Problems to `Diagnostic`s: the one place a problem's offsets become positions, through each
 * document's `LineIndex` (line-index.ts decides where lines start; this file only asks it).
 */
import { DIAGNOSTIC_CODES } from './diagnostic-codes.js';
import { compareDiagnostics, type Diagnostic, type Range } from './diagnostic.js';
import { LineIndex } from './line-index.js';
import type { Problem } from './problem.js';
import type { Program } from './program.js';

/** Converts problems to diagnostics, sorted and with exact duplicates removed. */
export function toDiagnostics(program: Pick<Program, 'byUri'>, problems: readonly Problem[]): Diagnostic[] {
  const fallback = new Map<string, LineIndex>();
  const rangeOf = (uri: string, start: number, end: number): Range => {
    const lines = program.byUri.get(uri)?.lines ?? fallback.get(uri) ?? new LineIndex('');
    if (!program.byUri.has(uri)) fallback.set(uri, lines);
    return lines.range(start, Math.max(start, end));
  };
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const problem of problems) {
    const key = `${problem.uri}\u0000${problem.start}\u0000${problem.end}\u0000${problem.code}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push({
      code: problem.code,
      severity: problem.severity ?? DIAGNOSTIC_CODES[problem.code].severity,
      message: problem.message,
      uri: problem.uri,
      range: rangeOf(problem.uri, problem.start, problem.end),
      related: (problem.related ?? []).map((r) => ({
        location: { uri: r.uri, range: rangeOf(r.uri, r.start, r.end) },
        message: r.message,
      })),
      fixes: (problem.fixes ?? []).map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((edit) => {
          const uri = edit.uri ?? problem.uri;
          return { uri, range: rangeOf(uri, edit.start, edit.end), newText: edit.newText };
        }),
        ...(fix.preferred ? { preferred: true } : {}),
      })),
      ...(problem.explanation ? { explanation: problem.explanation } : {}),
      ...(problem.counterfactual ? { counterfactual: problem.counterfactual } : {}),
    });
  }
  return diagnostics.sort(compareDiagnostics);
}
