#!/usr/bin/env node
// Bundles the extension for the .vsix: the client (out/extension.cjs, which VS Code loads as
// CommonJS) and the server with dsl and core inside it (out/server.cjs), so the package needs
// no node_modules. The workspace packages must be built first (`npm run build` at the root).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: [join(here, 'src/client/extension.ts')],
  outfile: join(here, 'out/extension.cjs'),
  external: ['vscode'],
});
await build({
  ...common,
  entryPoints: [join(here, 'src/server/main.ts')],
  outfile: join(here, 'out/server.cjs'),
});
console.log('bundled out/extension.cjs and out/server.cjs');
