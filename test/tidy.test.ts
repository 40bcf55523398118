/**
 * Tidy checks in rust-analyzer's manner: properties of the source tree itself, read with the
 * TypeScript compiler's parser. Every source file opens with a comment saying what it holds, and
 * every export of core and dsl (the packages others build on) has a TSDoc comment. A failure
 * lists each offending file and line, so the fix is to write the missing comment there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** Folders whose files are not hand-written source (built, generated, installed or data). */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out', 'generated', 'fixtures', '.e2e']);

/** Every hand-written TypeScript or JavaScript file under `folder`, relative to the root. */
function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(path);
      } else if (/\.(ts|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.push(relative(ROOT, path));
      }
    }
  };
  walk(join(ROOT, folder));
  return files.sort();
}

const PACKAGES = readdirSync(join(ROOT, 'packages'));
const ALL_SOURCES = [
  ...PACKAGES.flatMap((name) =>
    ['src', 'bin', 'scripts', 'test'].flatMap((part) => {
      try {
        return sourceFiles(`packages/${name}/${part}`);
      } catch {
        return [];
      }
    }),
  ),
  ...sourceFiles('test'),
  ...sourceFiles('bench'),
  ...sourceFiles('scripts'),
];

/** The file's syntax tree (no type checking: tidy reads only what is written). */
function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The text of the comment the file opens with (after a shebang), or undefined. */
function openingComment(file: string): string | undefined {
  const text = readFileSync(join(ROOT, file), 'utf8').replace(/^#![^\n]*\n/, '');
  const ranges = ts.getLeadingCommentRanges(text, 0);
  if (!ranges || ranges.length === 0 || text.slice(0, ranges[0]!.pos).trim() !== '') return undefined;
  return ranges.map((range) => text.slice(range.pos, range.end)).join('\n');
}

/** The names an exported top-level statement declares, or none when it exports nothing. */
function exportedNames(statement: ts.Statement): string[] {
  const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
  if (!modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return [];
  if (ts.isVariableStatement(statement))
    return statement.declarationList.declarations.map((d) => d.name.getText());
  const name = (statement as { name?: ts.Node }).name;
  return [name ? name.getText() : 'default'];
}

/**
 * Whether the statement has a TSDoc comment of its own: the file's opening comment, separated
 * from the first statement by a blank line, is about the file and does not count.
 */
function hasOwnDoc(tree: ts.SourceFile, statement: ts.Statement): boolean {
  const docs = ts.getJSDocCommentsAndTags(statement).filter((doc) => ts.isJSDoc(doc));
  const last = docs[docs.length - 1];
  if (!last) return false;
  const between = tree.text.slice(last.end, statement.getStart());
  return !(last.getStart() === 0 && /\n\s*\n/.test(between));
}

describe('tidy', () => {
  it('finds the source tree (the checks below are not vacuous)', () => {
    expect(ALL_SOURCES).toContain('packages/core/src/evaluate.ts');
    expect(ALL_SOURCES).toContain('packages/bot/bin/threatlab-bot.js');
    expect(ALL_SOURCES).toContain('test/tidy.test.ts');
    expect(ALL_SOURCES.length).toBeGreaterThan(300);
  });

  it('every source file opens with a comment saying what it holds', () => {
    const missing = ALL_SOURCES.filter((file) => {
      const comment = openingComment(file);
      // A comment of a word or two names nothing; "what it holds" takes a sentence.
      return comment === undefined || comment.replace(/[/*]/g, ' ').trim().split(/\s+/).length < 4;
    });
    expect(missing, 'files without an opening comment saying what they hold').toEqual([]);
  });

  it('every export of core and dsl has a TSDoc comment', () => {
    const undocumented: string[] = [];
    for (const file of [...sourceFiles('packages/core/src'), ...sourceFiles('packages/dsl/src')]) {
      const tree = parse(file);
      for (const statement of tree.statements) {
        const names = exportedNames(statement);
        if (names.length === 0) continue;
        if (hasOwnDoc(tree, statement)) continue;
        const line = tree.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
        undocumented.push(`${file}:${line} ${names.join(', ')}`);
      }
    }
    expect(undocumented, 'exports without TSDoc').toEqual([]);
  });
});
