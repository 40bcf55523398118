/**
 * ARCHITECTURE.md's invariants, checked where a tool can see them. The import rules (core
 * imports no Node module, services never call `evaluate`, only the adapter touches discord.js,
 * the CLI and bot run no model) are ESLint's `no-restricted-imports` in eslint.config.js; this
 * file checks what an import rule cannot: the map names files that exist, the packages depend
 * on each other in one direction, and offsets become lines in one place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Every TypeScript file under `folder` (built and generated folders left out), relative to the root. */
function tsFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', 'dist', 'out', 'generated'].includes(entry.name)) walk(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
        files.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, folder));
  return files.sort();
}

/** Every file of the repository's packages, grammar, tests, benches and scripts. */
const REPOSITORY_FILES = (() => {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!['node_modules', 'dist', 'out', '.git', '.e2e', 'test-results', 'report'].includes(entry.name))
          walk(path);
      } else files.push(path);
    }
  };
  walk('');
  return files;
})();

describe('ARCHITECTURE.md', () => {
  it('names only files that exist', () => {
    const text = read('ARCHITECTURE.md');
    const named = [...text.matchAll(/`([\w./-]+\.(?:ts|js|json|peggy|sh))`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(50);
    const missing = [...new Set(named)].filter(
      (name) => !REPOSITORY_FILES.some((file) => file === name || file.endsWith(`/${name}`)),
    );
    expect(missing, 'files ARCHITECTURE.md names that the tree does not have').toEqual([]);
  });

  it('packages depend on each other in one direction: core <- dsl <- {data, bot, vscode} <- cli', () => {
    const allowed: Record<string, string[]> = {
      core: [],
      dsl: ['core'],
      data: ['core', 'dsl'],
      bot: ['core', 'dsl'],
      vscode: ['core', 'dsl'],
      cli: ['core', 'data', 'dsl'],
    };
    expect(readdirSync(join(ROOT, 'packages')).sort()).toEqual(Object.keys(allowed).sort());
    for (const [name, layers] of Object.entries(allowed)) {
      const manifest = JSON.parse(read(`packages/${name}/package.json`)) as Record<string, unknown>;
      const workspace = ['dependencies', 'devDependencies', 'peerDependencies']
        .flatMap((field) => Object.keys((manifest[field] as Record<string, string> | undefined) ?? {}))
        .filter((dep) => dep.startsWith('@threatlab/'))
        .map((dep) => dep.slice('@threatlab/'.length));
      expect(workspace.sort(), `@threatlab dependencies of ${name}`).toEqual([...layers].sort());
    }
  });

  it("core is compiled without Node's types, so a Node global in core does not compile", () => {
    const config = JSON.parse(read('packages/core/tsconfig.json')) as {
      compilerOptions: { types?: unknown };
    };
    expect(config.compilerOptions.types).toEqual([]);
  });
});

/**
 * Files that look for line breaks on purpose, each with why. Everything else asks line-index.ts.
 */
const LINE_BREAK_READERS: Record<string, string> = {
  'packages/dsl/src/line-index.ts': 'the one place that decides where lines start and end',
  'packages/dsl/src/comments.ts': "mirrors the grammar's comment token, which ends at a line break",
  'packages/dsl/src/syntax-message.ts': "mirrors the grammar's tokens to name the one a failure found",
  'packages/dsl/src/format.ts': "the formatter's layout counts the blank lines it keeps",
};

/** Where a source looks for a line break: a search for "\n" or "\r", or a comparison with one. */
function lineBreakSearches(file: string): string[] {
  const tree = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const isBreak = (node: ts.Node): boolean =>
    ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /^[\r\n]+$/.test(node.text)) ||
    (ts.isRegularExpressionLiteral(node) && /\\[rn]/.test(node.text)) ||
    (ts.isNumericLiteral(node) && (node.text === '10' || node.text === '13'));
  const visit = (node: ts.Node): void => {
    const at = () => `${file}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ['indexOf', 'lastIndexOf', 'split', 'search', 'includes'].includes(node.expression.name.text) &&
      node.arguments[0] !== undefined &&
      isBreak(node.arguments[0]) &&
      !ts.isNumericLiteral(node.arguments[0])
    )
      found.push(`${at()} ${node.getText().slice(0, 60)}`);
    if (
      ts.isBinaryExpression(node) &&
      [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
        node.operatorToken.kind,
      )
    ) {
      const sides = [node.left, node.right];
      const charCode = sides.some(
        (side) =>
          ts.isCallExpression(side) &&
          ts.isPropertyAccessExpression(side.expression) &&
          side.expression.name.text === 'charCodeAt',
      );
      const literal = sides.find(isBreak);
      if (literal && (charCode || !ts.isNumericLiteral(literal)))
        found.push(`${at()} ${node.getText().slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe('offsets become lines in one place', () => {
  // The packages that convert positions in documents: the language, the bot's model layer and
  // handlers, the language server and the CLI. (The bot's reply/ splits answers for Discord's
  // limits, which is text layout, not a document's lines.)
  const files = [
    ...tsFiles('packages/dsl/src'),
    ...tsFiles('packages/bot/src/model'),
    ...tsFiles('packages/bot/src/handlers'),
    ...tsFiles('packages/vscode/src/server'),
    ...tsFiles('packages/cli/src'),
  ];

  it('finds the readers it allows (the search is not vacuous)', () => {
    for (const file of Object.keys(LINE_BREAK_READERS))
      expect(lineBreakSearches(file).length, file).toBeGreaterThan(0);
  });

  it('nothing else looks for a line break to find a line', () => {
    const found = files.filter((file) => !(file in LINE_BREAK_READERS)).flatMap(lineBreakSearches);
    expect(found, 'ask line-index.ts (LineIndex, lineStartAt, lineEndAt, nextLineStart) instead').toEqual([]);
  });
});
