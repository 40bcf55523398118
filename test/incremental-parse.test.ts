/**
 * Incremental re-parsing gives exactly the tree, problems and line index a full parse gives,
 * for random edits of every fixture and of a generated scenario: inserted and deleted text,
 * whole lines, braces, quotes, comment markers and keywords.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createDocument, generateScenario, updateDocument, type SourceDocument } from '@threatlab/dsl';
import { fileSummary, summarize } from '../packages/dsl/src/file-summary.js';
import { describe, expect, it } from 'vitest';

const fixtures = join(import.meta.dirname, 'fixtures', 'language');
const texts = [
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.threat') && !f.startsWith('limits'))
    .map((f) => readFileSync(join(fixtures, f), 'utf8')),
  generateScenario(12, { perceptionMatrix: true }),
];

const SNIPPETS = [
  '',
  'x',
  ' ',
  '\n',
  '\r\n',
  '{',
  '}',
  '"',
  '/*',
  '*/',
  '//',
  ';',
  ',',
  'state ',
  'state Z { power 0.1 }\n',
  'A sees B as hostile\n',
  'variant "V" {',
  'border ',
  ' km',
  '%',
  '0.5',
  'sees',
];

function snapshot(document: SourceDocument) {
  return {
    items: JSON.stringify(document.file.items),
    problems: JSON.stringify(
      [...document.parseProblems].sort(
        (a, b) => a.start - b.start || a.end - b.end || (a.message < b.message ? -1 : 1),
      ),
    ),
    lines: Array.from({ length: document.lines.lineCount }, (_, i) => document.lines.lineStart(i + 1)),
    summary: fileSummary(document.file.items),
  };
}

/** Random edits of a random text: each edited document must equal a full parse of its text. */
function matchesFullParse(inPlace: boolean, numRuns: number): void {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: texts.length - 1 }),
      fc.array(
        fc.tuple(
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.integer({ min: 0, max: 12 }),
          fc.constantFrom(...SNIPPETS),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      (which, edits) => {
        let document = createDocument('file:///t.threat', texts[which]!);
        for (const [where, length, insert] of edits) {
          const start = Math.floor(where * document.text.length);
          const end = Math.min(document.text.length, start + length);
          const edit = { start, end, newText: insert };
          document = (
            inPlace
              ? updateDocument(document, edit, undefined, { inPlace: true })
              : updateDocument(document, edit)
          ).document;
          const full = createDocument('file:///t.threat', document.text);
          expect(snapshot(document)).toEqual({ ...snapshot(full), summary: summarize(full.file.items, 0) });
        }
      },
    ),
    { numRuns },
  );
}

describe('incremental parsing', () => {
  it('matches a full parse after any edit', () => {
    matchesFullParse(false, 400);
  });

  it('matches a full parse when statements move in place, one edit per document', () => {
    matchesFullParse(true, 200);
  });

  it('re-reads a block header once an edit below mends its closing brace', () => {
    // Found by the property above: `}` followed by `,` breaks the variant into loose lines;
    // inserting `;` after the `}` makes the whole variant read again, header included.
    const text =
      'state A { power 0.1 }\nstate B { power 0.2 }\nvariant "V" {\n  A sees B as benign\n  B sees A as benign\n  border A B\n  expect A stays neutral\n},\n';
    let document = createDocument('file:///t.threat', text);
    expect(document.file.items.map((i) => i.type)).not.toContain('Variant');
    const at = text.indexOf('},') + 1;
    document = updateDocument(document, { start: at, end: at, newText: ';' }, undefined, {
      inPlace: true,
    }).document;
    const full = createDocument('file:///t.threat', document.text);
    expect(document.file.items.map((i) => i.type)).toEqual(['State', 'State', 'Variant', 'Error']);
    expect(snapshot(document)).toEqual({ ...snapshot(full), summary: summarize(full.file.items, 0) });
  });

  it('keeps the statements before the edit and shifts those after it', () => {
    const text = generateScenario(20, { perceptionMatrix: true });
    const document = createDocument('file:///t.threat', text);
    const at = text.indexOf('S7 sees S3');
    const { document: next, change } = updateDocument(document, { start: at, end: at + 2, newText: 'S9' });
    const items = document.file.items.length;
    expect(change.prefix + change.suffix).toBeGreaterThan(items - 6);
    expect(next.file.items[0]).toBe(document.file.items[0]);
    expect(next.file.items.length).toBe(items);
  });
});
