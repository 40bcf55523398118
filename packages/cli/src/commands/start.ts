/**
 * `threat start`: what `npm start` runs on a fresh clone. Checks every bundled example, then
 * shows the model at work on the first one: predictions under both theories and the
 * explanation of one state's choice.
 */
import { join } from 'node:path';
import type { Io } from '../io.js';
import type { CommandResult } from '../usage.js';
import { runCheck } from './check.js';
import { runExplain } from './explain.js';
import { runPredict } from './predict.js';

export const SHOWCASE = { file: 'europe-1914.threat', state: 'UK' } as const;

export function runStart(io: Io, examplesFolder: string): CommandResult {
  io.out(`threatlab: checking the bundled example scenarios in ${examplesFolder}\n\n`);
  const checked = runCheck(io, { paths: [examplesFolder], format: 'text' });
  const file = join(examplesFolder, SHOWCASE.file);
  io.out(`\n$ threat predict --theory both ${SHOWCASE.file}\n\n`);
  const predicted = runPredict(io, { file, theory: 'both', variant: undefined, format: 'text' });
  io.out(`\n$ threat explain ${SHOWCASE.file} ${SHOWCASE.state}\n\n`);
  const explained = runExplain(io, {
    file,
    state: SHOWCASE.state,
    theory: 'threat',
    variant: undefined,
    format: 'text',
  });
  return checked === 0 && predicted === 0 && explained === 0 ? 0 : 1;
}

/** The examples folder of this checkout: packages/cli/dist/commands -> examples. */
export function bundledExamples(fromDist: string): string {
  return join(fromDist, '..', '..', '..', '..', 'examples');
}
