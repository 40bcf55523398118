/**
 * Formatting as edits: the formatter's whole-file and range results (format.ts) turned into
 * `TextEdit`s. A file with syntax errors is left alone, so the edit list is empty.
 */
import type { TextEdit } from '../diagnostic.js';
import type { SourceDocument } from '../document.js';
import { formatRange, formatText } from '../format.js';

/** The edit that formats a whole document, or none when it is formatted or has syntax errors. */
export function formatDocument(document: SourceDocument): TextEdit[] {
  const result = formatText(document.uri, document.text);
  if (!result.changed) return [];
  return [{ uri: document.uri, range: document.lines.range(0, document.text.length), newText: result.text }];
}

/** Formats the top-level statements that overlap the range given by offsets. */
export function formatDocumentRange(document: SourceDocument, start: number, end: number): TextEdit[] {
  const edit = formatRange(document.uri, document.text, start, end);
  if (!edit) return [];
  return [{ uri: document.uri, range: document.lines.range(edit.start, edit.end), newText: edit.newText }];
}
