/**
 * The compiled JavaScript file beside a module, for code that starts a new thread or process
 * (worker threads, shard processes). From `dist/` it is the file next door; under a test runner
 * that loads `src/*.ts` directly, it is the same path under `dist/`, which the build produced.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function compiledSibling(moduleUrl: string, relative: string): string {
  const here = fileURLToPath(new URL(relative, moduleUrl));
  if (existsSync(here)) return here;
  return here.replace(/([\\/])src([\\/])(?!.*[\\/]src[\\/])/, '$1dist$2');
}
