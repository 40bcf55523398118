#!/usr/bin/env node
// Generates the parser from grammar/threat.peggy into packages/dsl/generated/.
// Run by `npm run build` (and so by `npm ci` through `prepare`); the output is not committed.
// It is skipped when the parser is newer than the grammar and this script; --force rebuilds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const grammar = join(root, 'grammar', 'threat.peggy');
const outDir = join(root, 'packages', 'dsl', 'generated');
const out = join(outDir, 'threat-parser.js');
// A second build with Peggy's tracer compiled in: tests count rule invocations with it to
// check that parsing work grows linearly with input size, without timing anything.
const tracedOut = join(outDir, 'threat-parser-traced.js');
// Rules the driver in packages/dsl/src/parse.ts starts from: the whole file, and single
// statements and block entries, to re-parse a failed one for its error message. `Item` and
// `_` (layout) let packages/dsl/src/incremental-parse.ts re-parse only the statements an edit
// touched.
const startRules = ['File', 'Statement', 'Attribute', 'Component', 'Setting', 'HeaderEntry', 'Item', '_'];

const newest = Math.max(statSync(grammar).mtimeMs, statSync(fileURLToPath(import.meta.url)).mtimeMs);
const upToDate = [out, tracedOut].every((file) => existsSync(file) && statSync(file).mtimeMs >= newest);
if (upToDate && !process.argv.includes('--force')) process.exit(0);

mkdirSync(outDir, { recursive: true });
const peggy = join(root, 'node_modules', 'peggy', 'bin', 'peggy.js');
for (const [target, extra] of [
  [out, []],
  [tracedOut, ['--trace']],
]) {
  // No --cache: memoisation makes this grammar several times slower, and it needs none.
  const result = spawnSync(
    process.execPath,
    [
      peggy,
      '--format',
      'es',
      '--dts',
      '--allowed-start-rules',
      startRules.join(','),
      ...extra,
      '-o',
      target,
      grammar,
    ],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
  rewriteLiterals(target);
}

// Literal tokens are compared with `input.substr(pos, n) === "word"`, which allocates a string
// for every keyword tried; `startsWith` compares in place and means the same. This cut parse
// time by a fifth (see bench/). The count check fails the build if Peggy's output changes shape.
function rewriteLiterals(path) {
  let rewrites = 0;
  const rewritten = readFileSync(path, 'utf8').replace(
    /input\.substr\(peg\$currPos, (\d+)\) === (peg\$c\d+)/g,
    (_match, _length, constant) => {
      rewrites++;
      return `input.startsWith(${constant}, peg$currPos)`;
    },
  );
  if (rewrites === 0) {
    console.error('build-grammar: found no literal comparisons to rewrite; has the Peggy version changed?');
    process.exit(1);
  }
  const header =
    '// Generated from grammar/threat.peggy by scripts/build-grammar.js; do not edit.\n' +
    '// Regenerate with `npm run build:grammar`.\n';
  writeFileSync(path, header + rewritten);
}
