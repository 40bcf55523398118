/**
 * Protocol values to dsl values: LSP positions (0-based line, 0-based UTF-16 character) to
 * offsets and dsl positions (1-based line and column, 0-based offset), and content changes to
 * offset edits. With to-proto.ts, the only place the two coordinate systems meet.
 */
import type { DocumentEdit, Position, SourceDocument } from '@threatlab/dsl';
import type * as lsp from 'vscode-languageserver';

export function offset(document: SourceDocument, position: lsp.Position): number {
  return document.lines.offset(position.line + 1, position.character + 1);
}

export function position(document: SourceDocument, at: lsp.Position): Position {
  return document.lines.position(offset(document, at));
}

export function range(document: SourceDocument, at: lsp.Range): { start: number; end: number } {
  return { start: offset(document, at.start), end: offset(document, at.end) };
}

/** A content change as an offset edit of the document it applies to; no range means the whole text. */
export function contentChange(
  document: SourceDocument,
  change: lsp.TextDocumentContentChangeEvent,
): DocumentEdit {
  if (!('range' in change) || change.range === undefined)
    return { start: 0, end: document.text.length, newText: change.text };
  return {
    start: offset(document, change.range.start),
    end: offset(document, change.range.end),
    newText: change.text,
  };
}
