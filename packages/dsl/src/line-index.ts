/**
 * Offsets to lines and columns, and back: the one place the product decides where a line
 * starts and ends. `LineIndex` answers for a whole document (diagnostics, editor ranges);
 * the functions after it answer for one offset of a text without building an index (where is
 * the line around the cursor, where does the next line start), by the same line-break rule.
 *
 * Lines are 1-based and end at `\n`, `\r\n` or a lone `\r` (the line breaks the Language
 * Server Protocol recognises). Columns are 1-based and count UTF-16 code units, as offsets do,
 * so a tab is one column and a non-ASCII letter is one column (two for characters outside the
 * Basic Multilingual Plane); this is what TypeScript reports and what LSP's `character` + 1 is.
 */
import type { Position, Range } from './diagnostic.js';

/** A document's line starts, for converting offsets to 1-based lines and columns and back. */
export class LineIndex {
  /** Offset at which each line starts; `lineStarts[0]` is 0. */
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /**
   * The index of `text`, which is `previous.text` with `[start, end)` replaced by `newText`:
   * line starts before the edit are kept, those after it shifted, and only the edited lines
   * scanned again. An editor applies one small edit per keystroke to a large file.
   */
  static edited(previous: LineIndex, start: number, end: number, newText: string, text: string): LineIndex {
    const old = previous.lineStarts;
    // Rescan from the start of the line before the edit: a `\r\n` may have been split or joined.
    const firstLine = Math.max(0, previous.lineOf(start) - 1);
    const delta = newText.length - (end - start);
    // Old line starts past `end + 1` follow line breaks the edit did not touch: keep them.
    let keep = previous.lineOf(Math.min(end, previous.text.length)) + 1;
    while (keep < old.length && old[keep]! <= end + 1) keep++;
    const scanTo = keep < old.length ? old[keep]! + delta : text.length;
    const starts = old.slice(0, firstLine + 1);
    for (let i = old[firstLine]!; i < scanTo; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    for (let k = keep; k < old.length; k++) {
      const shifted = old[k]! + delta;
      if (shifted > starts[starts.length - 1]!) starts.push(shifted);
    }
    const index = Object.create(LineIndex.prototype) as LineIndex;
    (index as { text: string }).text = text;
    (index as unknown as { lineStarts: number[] }).lineStarts = starts;
    return index;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of a 0-based offset; offsets past the end are clamped to it. */
  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line: line + 1, column: clamped - this.lineStarts[line]! + 1, offset: clamped };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The offset of a 1-based line and column; a column past the line's end gives its end. */
  offset(line: number, column: number): number {
    if (line < 1) return 0;
    if (line > this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[line - 1]!;
    return Math.min(start + Math.max(0, column - 1), this.lineEnd(line));
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length) - 1)]!;
  }

  /** Offset just before the line break that ends a 1-based line. */
  lineEnd(line: number): number {
    const next = line < this.lineStarts.length ? this.lineStarts[line]! : this.text.length;
    let end = next;
    if (end > 0 && line < this.lineStarts.length) {
      end--;
      if (this.text.charCodeAt(end) === 10 && end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return Math.max(this.lineStarts[line - 1] ?? 0, end);
  }

  /** 0-based index of the line holding `offset`. */
  private lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/**
 * The offset where the line holding `offset` starts: just after the previous `\n`, `\r\n`
 * or lone `\r`, or 0. An offset between the two characters of a `\r\n` belongs to the line
 * the pair ends, as in `LineIndex`.
 */
export function lineStartAt(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length));
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || (c === 13 && text.charCodeAt(i) !== 10)) break;
    i--;
  }
  return i;
}

/**
 * The offset of the line break that ends the line holding `offset` (the `\r` of a `\r\n`),
 * or the text's length on the last line.
 */
export function lineEndAt(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length));
  if (i > 0 && text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

/** The offset where the line after the one holding `offset` starts, or the text's length on the last line. */
export function nextLineStart(text: string, offset: number): number {
  const end = lineEndAt(text, offset);
  if (end >= text.length) return text.length;
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

/** Whether `[start, end)` of `text` holds a line break: a span on one line holds none. */
export function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** Whether `text` is empty or ends with a line break, so a line appended to it starts a line of its own. */
export function endsLine(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(text.length - 1);
  return c === 10 || c === 13;
}
