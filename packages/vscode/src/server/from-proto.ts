/**
 * Protocol values to dsl values: LSP positions (0-based line, 0-based UTF-16 character) to
 * offsets and dsl positions (1-based line and column, 0-based offset), and content changes to
 * offset edits. With to-proto.ts, the only place the two coordinate systems meet.
 */
import type { OffsetEdit, Position, SourceDocument } from '@threatlab/dsl';
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

/**
 * Content changes as edits of the previous text, in order, each in the coordinates of the text
 * the previous change produced; and the new text. A change without a range replaces the whole
 * text.
 */
export function contentChanges(
  document: SourceDocument,
  changes: readonly lsp.TextDocumentContentChangeEvent[],
  reindex: (text: string) => SourceDocument['lines'],
): { text: string; edits: { start: number; end: number; newText: string }[] } {
  let text = document.text;
  let lines = document.lines;
  const edits: { start: number; end: number; newText: string }[] = [];
  for (const change of changes) {
    if (!('range' in change) || change.range === undefined) {
      edits.push({ start: 0, end: text.length, newText: change.text });
      text = change.text;
    } else {
      const start = lines.offset(change.range.start.line + 1, change.range.start.character + 1);
      const end = lines.offset(change.range.end.line + 1, change.range.end.character + 1);
      edits.push({ start, end, newText: change.text });
      text = text.slice(0, start) + change.text + text.slice(end);
    }
    // Later changes are relative to this one's result; most requests carry a single change.
    if (changes.length > 1) lines = reindex(text);
  }
  return { text, edits };
}

export type { OffsetEdit };
