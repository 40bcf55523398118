#!/usr/bin/env node
// Generates the parser from grammar/threat.peggy into packages/dsl/generated/.
// Run by `npm run build` (and so by `npm ci` through `prepare`); the output is not committed.
// It is skipped when the parser is newer than the grammar, to keep rebuilds quick.
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const grammar = join(root, 'grammar', 'threat.peggy');
const outDir = join(root, 'packages', 'dsl', 'generated');
const out = join(outDir, 'threat-parser.js');
// Rules the driver in packages/dsl/src/parse.ts starts from: the whole file, and single
// statements and attributes to re-parse a failed one for its error message.
const startRules = ['File', 'Statement', 'Attribute', 'Component', 'Setting', 'HeaderEntry'];

const upToDate = existsSync(out) && statSync(out).mtimeMs >= statSync(grammar).mtimeMs &&
  statSync(out).mtimeMs >= statSync(fileURLToPath(import.meta.url)).mtimeMs;
if (upToDate && !process.argv.includes('--force')) process.exit(0);

mkdirSync(outDir, { recursive: true });
const peggy = join(root, 'node_modules', 'peggy', 'bin', 'peggy.js');
// No --cache: memoisation makes this grammar several times slower, and it needs none.
const result = spawnSync(process.execPath, [
  peggy, '--format', 'es', '--dts', '--allowed-start-rules', startRules.join(','),
  '-o', out, grammar,
], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);

// Literal tokens are compared with `input.substr(pos, n) === "word"`, which allocates a string
// for every keyword tried; `startsWith` compares in place and means the same. This cut parse
// time by a fifth (see bench/). The count check fails the build if Peggy's output changes shape.
const generated = readFileSync(out, 'utf8');
let rewrites = 0;
const rewritten = generated.replace(
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
const header = '// Generated from grammar/threat.peggy by scripts/build-grammar.js; do not edit.\n' +
  '// Regenerate with `npm run build:grammar`.\n';
writeFileSync(out, header + rewritten);
