/**
 * Properties of the language tools over random and mutated input: parsing, checking and
 * formatting never throw, diagnostics stay inside the text, formatting is idempotent, and
 * parsing work grows linearly with input size (counted in rule invocations with the traced
 * parser, not timed).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDiagnostics,
  checkProgram,
  formatText,
  generateScenario,
  parseText,
  TextDocumentProvider,
  type GeneratedParser,
} from '@threatlab/dsl';
import * as traced from '../packages/dsl/generated/threat-parser-traced.js';
import { threatFilesBelow } from './support/expect-file.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpusRoot = join(here, 'fixtures', 'language');
const corpus = threatFilesBelow(corpusRoot).map((f) => readFileSync(join(corpusRoot, f), 'utf8'));

const VOCABULARY = [
  'state',
  'border',
  'sea',
  'distance',
  'alliance',
  'expect',
  'settings',
  'variant',
  'remove',
  'scenario',
  'import',
  'sees',
  'as',
  'balances',
  'against',
  'bandwagons',
  'with',
  'stays',
  'neutral',
  'threatens',
  'more',
  'than',
  'does',
  'not',
  'under',
  'balance',
  'of',
  'power',
  'threat',
  'offense',
  'intent',
  'capital',
  'reach',
  'major',
  'weight',
  'year',
  'source',
  'wartime',
  'high',
  'hostile',
  'benign',
  'global',
  'defense',
  'Germany',
  'France',
  'Österreich',
  'X',
  '0.5',
  '-3',
  '1e9',
  '34',
  'km',
  'mi',
  '%',
  '{',
  '}',
  ',',
  ':',
  ';',
  '"',
  '"name"',
  '//',
  '/*',
  '*/',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '  ',
  '\\',
];

const vocabularyText = fc
  .array(fc.constantFrom(...VOCABULARY), { maxLength: 60 })
  .map((words) => words.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), vocabularyText);

/** A corpus file with a random edit: a slice deleted, a word inserted, or a slice repeated. */
const mutated = fc
  .tuple(
    fc.constantFrom(...corpus),
    fc.nat(),
    fc.nat(),
    fc.constantFrom(...VOCABULARY),
    fc.constantFrom('delete', 'insert', 'repeat'),
  )
  .map(([text, a, b, word, kind]) => {
    const start = a % (text.length + 1);
    const end = Math.min(text.length, start + (b % 40));
    if (kind === 'delete') return text.slice(0, start) + text.slice(end);
    if (kind === 'insert') return text.slice(0, start) + word + text.slice(start);
    return text.slice(0, end) + text.slice(start, end) + text.slice(end);
  });

function analyseEverything(text: string): void {
  const uri = '/virtual/input.threat';
  const provider = new TextDocumentProvider((u) => (u === uri ? text : undefined));
  const diagnostics = checkDiagnostics(checkProgram(uri, provider));
  for (const d of diagnostics) {
    if (d.uri !== uri) continue;
    expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
    expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
    expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
    expect(d.message.length).toBeGreaterThan(0);
  }
  const formatted = formatText(uri, text);
  if (!formatted.refused) expect(formatText(uri, formatted.text).text).toBe(formatted.text);
}

describe('language tools on arbitrary input', () => {
  it('never throw on random text', () => {
    fc.assert(
      fc.property(anyText, (text) => analyseEverything(text)),
      { numRuns: 400 },
    );
  });

  it('never throw on mutated scenarios', () => {
    fc.assert(
      fc.property(mutated, (text) => analyseEverything(text)),
      { numRuns: 400 },
    );
  });
});

/**
 * The work of parsing a text, explanations of its errors included: rule invocations counted
 * by Peggy's tracer, plus the characters that searches (`indexOf`, used to skip comments and
 * lines) pass over, counted by handing the parser a String object whose searches count.
 */
function parseWork(text: string): number {
  let work = 0;
  const tracer = { trace: () => void work++ };
  // eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- a String object whose indexOf counts the characters the parser scans
  const counted = new String(text) as String & { indexOf: typeof String.prototype.indexOf };
  counted.indexOf = (search: string, from = 0) => {
    const found = String.prototype.indexOf.call(text, search, from);
    work += (found < 0 ? text.length : found) - from;
    return found;
  };
  const parser: GeneratedParser = { parse: (input, options) => traced.parse(input, { ...options, tracer }) };
  parseText('work.threat', counted as unknown as string, parser);
  return work;
}

describe('parsing work', () => {
  const shapes: Record<string, (n: number) => string> = {
    'a generated scenario': (n) => generateScenario(n),
    'unreadable lines': (n) => 'state 1X { power 0.1 }\nfoo bar baz\n'.repeat(n),
    'unclosed block comments': (n) => 'x /* never closed\n'.repeat(n),
    'unclosed blocks': (n) => 'state A { power 0.1\n'.repeat(n),
    'unclosed strings': (n) => 'alliance "never closed\n'.repeat(n),
    'one long junk line': (n) => `${'foo '.repeat(n * 10)}\n`,
    'deep braces': (n) => `${'{'.repeat(n)}${'}'.repeat(n)}\n`,
  };
  for (const [name, make] of Object.entries(shapes)) {
    it(`grows linearly for ${name}`, () => {
      const small = parseWork(make(100));
      const large = parseWork(make(800));
      // Eight times the input may cost at most a little over eight times the work.
      expect(large / small).toBeLessThan(8.5);
    });
  }
});
