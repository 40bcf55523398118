/**
 * The line index and its single-offset helpers agree on where lines start and end, for every
 * line-break style and every offset.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endsLine,
  hasLineBreak,
  LineIndex,
  lineEndAt,
  lineStartAt,
  nextLineStart,
} from '../src/line-index.js';

const texts = fc
  .array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', 'é', '😀'), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('line helpers', () => {
  it('find the same line start and end as the index, for every offset', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const index = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const { line } = index.position(offset);
          expect(lineStartAt(text, offset), `start at ${offset}`).toBe(index.lineStart(line));
          expect(lineEndAt(text, offset), `end at ${offset}`).toBe(index.lineEnd(line));
          expect(nextLineStart(text, offset), `next at ${offset}`).toBe(
            line < index.lineCount ? index.lineStart(line + 1) : text.length,
          );
        }
      }),
    );
  });

  it('tell whether a span crosses a line and whether a text ends one', () => {
    expect(hasLineBreak('a\r\nb', 0, 4)).toBe(true);
    expect(hasLineBreak('a\rb', 0, 3)).toBe(true);
    expect(hasLineBreak('a\nb', 2, 3)).toBe(false);
    expect(['', 'a\n', 'a\r', 'a'].map(endsLine)).toEqual([true, true, true, false]);
  });
});
