/**
 * Code actions: the fixes diagnostics carry: declare a missing state, did-you-mean, add a
 * unit, and for a failed claim "Apply the counterfactual" (evaluate-program.ts attaches it).
 */
import type { Diagnostic, TextEdit } from '../diagnostic.js';

/** A quick fix an editor offers for a diagnostic. */
export interface CodeAction {
  readonly title: string;
  readonly kind: 'quickfix';
  /** The diagnostics the action fixes. */
  readonly diagnostics: readonly Diagnostic[];
  readonly edits: readonly TextEdit[];
  readonly preferred: boolean;
}

/**
 * Actions for the diagnostics whose range touches `[start, end]` (offsets in `uri`).
 *
 * @param diagnostics the document's current diagnostics, as last published
 */
export function codeActions(
  diagnostics: readonly Diagnostic[],
  uri: string,
  start: number,
  end: number,
): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.uri !== uri) continue;
    if (diagnostic.range.end.offset < start || diagnostic.range.start.offset > end) continue;
    for (const fix of diagnostic.fixes) {
      actions.push({
        title: fix.title,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edits: fix.edits,
        preferred: fix.preferred === true,
      });
    }
  }
  return actions;
}
