/**
 * Comments are not in the syntax tree (the grammar skips them as layout, which keeps parsing
 * fast); the formatter and the editor's folding find them with this scanner instead. It reads
 * strings the way the grammar does (a string ends at its closing quote or at the end of its
 * line), so a `//` inside a quoted name is not a comment.
 */
import type { Span } from './syntax-tree.js';

/** A comment in a document, with its span and kind. */
export interface Comment extends Span {
  /** `line` for a `//` comment, `block` for a block comment. */
  readonly kind: 'line' | 'block';
}

/**
 * Every comment of `text` in order, found by the grammar's rules for comments and strings (a `//`
 * inside a quoted name is not a comment).
 */
export function scanComments(text: string): Comment[] {
  const comments: Comment[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 && i + 1 < n && text.charCodeAt(i + 1) !== 10) i += 2;
        else if (d === 34) {
          i++;
          break;
        } else if (d === 10) break;
        else i++;
      }
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const newline = text.indexOf('\n', i);
      let end = newline < 0 ? n : newline;
      if (end > i && text.charCodeAt(end - 1) === 13) end--;
      comments.push({ kind: 'line', start: i, end });
      i = end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? n : close + 2;
      comments.push({ kind: 'block', start: i, end });
      i = end;
    } else i++;
  }
  return comments;
}
