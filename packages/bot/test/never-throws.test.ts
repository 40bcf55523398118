/**
 * Answering never throws: random text, requests and uploads always get a reply.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/questions/parse-command-line.js';
import { parseQuestion } from '../src/questions/parse-question.js';
import { ask, fixtureEngine, text } from './support.js';

const engine = fixtureEngine();
const words = fc.constantFrom(
  'who',
  'balances',
  'against',
  'bandwagons',
  'with',
  'what',
  'if',
  "Germany's",
  'intentions',
  'were',
  'benign',
  'threatens',
  'Italy',
  'most',
  'why',
  'does',
  'side',
  '/whatif',
  'perception',
  'claim',
  'under',
  'balance',
  'of',
  'power',
  '0.5',
  '200%',
  '?',
  '<@1>',
  '"',
  '\u0000',
  '{',
  ';',
);

describe('answering never throws on what members type', () => {
  it('parses any text into a request', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        parseQuestion(s);
        parseCommandLine(`/${s}`);
      }),
      { numRuns: 500 },
    );
  });

  it('answers any sequence of its own vocabulary with a reply', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const question = parts.join(' ');
        const request = question.startsWith('/')
          ? parseCommandLine(question)
          : { kind: 'request' as const, request: parseQuestion(question) };
        if (request.kind !== 'request') return;
        const { reply } = ask(engine, request.request);
        expect(text(reply).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('answers any uploaded text with a reply', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (body) => {
        const { reply } = ask(engine, { kind: 'scenario-load-file', fileName: 'x.threat', text: body });
        expect(reply.title.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
