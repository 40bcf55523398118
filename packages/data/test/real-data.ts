/**
 * Where the real data sets are, and whether they are there. A fresh clone has no ../shared;
 * CI keeps it beside the checkout. Tests that need it use `describe.skipIf(!REAL_DATA_PRESENT)`
 * and this module says once, on the console, why they were skipped.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The real data folder: THREATLAB_DATA, else ../shared/data beside the repository. */
export const REAL_DATA = process.env['THREATLAB_DATA'] ?? join(repoRoot, '..', 'shared', 'data');
export const REAL_DATA_PRESENT = existsSync(join(REAL_DATA, 'cow', 'NMC-60-abridged.csv'));

if (!REAL_DATA_PRESENT) {
  console.warn(
    `Real-data tests skipped: no data sets at ${REAL_DATA} (set THREATLAB_DATA or put ../shared/data beside the repository)`,
  );
}

/** The miniature system the importer's own tests use. */
export const MINI_EUROPE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'mini-europe');
