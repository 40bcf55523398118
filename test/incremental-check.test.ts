/**
 * Incremental checking reports exactly what a full check reports, after random edits of
 * scenarios with repeated and contradictory facts, unknown names, self-references, values out
 * of range, claims and an import; and it does take the incremental path for fact edits.
 */
import fc from 'fast-check';
import {
  checkProgram,
  generateScenario,
  IncrementalProgram,
  toDiagnostics,
  type CheckedProgram,
  type DocumentProvider,
} from '@threatlab/dsl';
import { describe, expect, it } from 'vitest';

const root = 'file:///ws/main.threat';
const base = 'file:///ws/base.threat';
const BASE = 'state Far { power 0.1 }\nFar sees A as hostile\nborder Far A\n';

const TEXTS = [
  [
    'import "base.threat"',
    'state A { power 0.2  offense high }',
    'state B { power 0.1 }',
    'state C { power 0.3  intent hostile }',
    'border A B, B C',
    'border A B',
    'sea A C 30 km',
    'sea A C 40 km',
    'distance B C 100',
    'A sees B as hostile',
    'A sees B as hostile',
    'B sees A as 1.5',
    'C sees Nowhere as benign',
    'C sees C as hostile',
    'expect A balances against B',
    'expect B balances against B',
    '',
  ].join('\n'),
  generateScenario(8, { perceptionMatrix: true }),
];

const SNIPPETS = [
  '',
  'x',
  ' ',
  '\n',
  'A',
  'B',
  'C',
  'Far',
  '1',
  '0.5',
  'A sees C as hostile\n',
  'border A C\n',
  'sea B C 5 km\n',
  'S1 sees S2 as benign\n',
  'expect C stays neutral\n',
  'hostile',
  'Nowhere',
  '{',
  'state D { power 0.1 }\n',
];

function provider(session: IncrementalProgram): DocumentProvider {
  return { document: (uri) => (uri === root ? session.document : uri === base ? baseDocument : undefined) };
}
const baseDocument = new IncrementalProgram(base, BASE).document;

function printout(checked: CheckedProgram) {
  return JSON.stringify(toDiagnostics(checked.program, checked.problems));
}

describe('incremental checking', () => {
  it('reports what a full check reports after any edit', () => {
    let incremental = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: TEXTS.length - 1 }),
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.integer({ min: 0, max: 8 }),
            fc.constantFrom(...SNIPPETS),
          ),
          { minLength: 1, maxLength: 5 },
        ),
        fc.boolean(),
        (which, edits, checkEach) => {
          const session = new IncrementalProgram(root, TEXTS[which]!);
          session.check(provider(session));
          edits.forEach(([where, length, insert], i) => {
            // Several edits before one check, sometimes: composed changes.
            const text = session.document.text;
            const start = Math.floor(where * text.length);
            session.edit({ start, end: Math.min(text.length, start + length), newText: insert });
            if (!checkEach && i < edits.length - 1) return;
            const checked = session.check(provider(session));
            if (session.lastCheck === 'incremental') incremental++;
            const full = checkProgram(root, {
              document: (uri) => (uri === root ? session.document : uri === base ? baseDocument : undefined),
            });
            expect(printout(checked)).toEqual(printout(full));
          });
        },
      ),
      { numRuns: 300 },
    );
    expect(incremental).toBeGreaterThan(50);
  });

  it('checks an edit of one perception in a 40,000-statement scenario incrementally', () => {
    const session = new IncrementalProgram(root, generateScenario(200, { perceptionMatrix: true }));
    session.check(provider(session));
    expect(session.lastCheck).toBe('full');
    const at = session.document.text.indexOf('S100 sees S7 as');
    const end = session.document.text.indexOf('\n', at);
    // The perception's value: its last digit.
    session.edit({ start: end - 1, end, newText: '7' });
    const checked = session.check(provider(session));
    expect(session.lastCheck).toBe('incremental');
    expect(checked.problems).toEqual([]);
    session.edit({ start: at, end: at + 4, newText: 'S999' });
    const unknown = session.check(provider(session));
    expect(session.lastCheck).toBe('incremental');
    expect(unknown.problems.map((p) => p.message)).toEqual([
      'State "S999" is not declared; did you mean "S199"?',
    ]);
  });
});
