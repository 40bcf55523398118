/**
 * `threat start`: what `npm start` runs on a fresh clone. Checks every bundled example and
 * prints what it found.
 */
import { join } from 'node:path';
import type { Io } from '../io.js';
import type { CommandResult } from '../usage.js';
import { runCheck } from './check.js';

export function runStart(io: Io, examplesFolder: string): CommandResult {
  io.out(`threatlab: checking the bundled example scenarios in ${examplesFolder}\n\n`);
  return runCheck(io, { paths: [examplesFolder], format: 'text' });
}

/** The examples folder of this checkout: packages/cli/dist/commands -> examples. */
export function bundledExamples(fromDist: string): string {
  return join(fromDist, '..', '..', '..', '..', 'examples');
}
