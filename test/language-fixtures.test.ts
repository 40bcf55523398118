/**
 * The language's fixture corpus: each test/fixtures/language/**.threat beside its expected
 * syntax tree (.tree), diagnostics (.diagnostics: the checker's and the model's failed
 * claims, as `threat check` reports them) and formatted text (.formatted).
 * A fixture may set limits on its first line: `// test-limits: maxStatements=3`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ALL_DIAGNOSTIC_CODES,
  analyzeProgram,
  createDocument,
  formatText,
  printTree,
  renderDiagnostics,
  scanComments,
  TextDocumentProvider,
  type Limits,
} from '@threatlab/dsl';
import { expectFile, threatFilesBelow, UPDATING } from './support/expect-file.js';
import { readOrUndefined } from './support/read.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, 'fixtures', 'language');
const fixtures = threatFilesBelow(root);

function limitsOf(text: string): Partial<Limits> {
  const match = /^\/\/ test-limits: (.*)$/m.exec(text.split('\n')[0] ?? '');
  if (!match) return {};
  return Object.fromEntries(
    match[1]!.split(/\s+/).map((pair) => {
      const [key, value] = pair.split('=');
      return [key, Number(value)];
    }),
  );
}

const codesSeen = new Set<string>();

describe.each(fixtures)('%s', (fixture) => {
  const path = join(root, fixture);
  const base = path.replace(/\.threat$/, '');
  const text = readFileSync(path, 'utf8');
  const limits = limitsOf(text);

  it('parses to the expected tree', () => {
    const document = createDocument(path, text, { maxFileSize: limits.maxFileSize ?? 8 * 1024 * 1024 });
    expectFile(`${base}.tree`, printTree(document.file.items, document.lines));
  });

  it('reports the expected diagnostics', () => {
    const provider = new TextDocumentProvider(readOrUndefined, {
      maxFileSize: limits.maxFileSize ?? 8 * 1024 * 1024,
    });
    const diagnostics = analyzeProgram(path, provider, { limits }).diagnostics;
    for (const d of diagnostics) codesSeen.add(d.code);
    const printed = renderDiagnostics(diagnostics, {
      textOf: (uri) => provider.document(uri)?.text,
      displayUri: (uri) => relative(root, uri),
    });
    expectFile(`${base}.diagnostics`, `${printed}\n`);
  });

  it('formats to the expected text, idempotently, keeping every comment', () => {
    const first = formatText(path, text);
    if (first.refused) {
      expectFile(`${base}.formatted`, '(not formatted: the file has syntax errors)\n');
      return;
    }
    expectFile(`${base}.formatted`, first.text);
    expect(formatText(path, first.text).text).toBe(first.text);
    const commentsBefore = scanComments(text).map((c) => text.slice(c.start, c.end).trim());
    const commentsAfter = scanComments(first.text).map((c) => first.text.slice(c.start, c.end).trim());
    expect(commentsAfter).toEqual(commentsBefore);
  });
});

describe('the corpus', () => {
  it('has a fixture for every diagnostic code', () => {
    // Runs after the fixtures above (vitest runs a file's tests in order).
    const missing = ALL_DIAGNOSTIC_CODES.filter((code) => !codesSeen.has(code));
    if (!UPDATING) expect(missing).toEqual([]);
  });
});
