/**
 * `threat fmt [--check | --stdout] <files or folders...>`: the canonical layout.
 */
import { formatText } from '@threatlab/dsl';
import { displayPath, expandPaths } from '../files.js';
import { readTextFile, writeTextFile, type Io } from '../io.js';
import { usageError, type CommandResult } from '../usage.js';

export interface FmtArguments {
  readonly paths: readonly string[];
  readonly mode: 'write' | 'check' | 'stdout';
}

export function runFmt(io: Io, args: FmtArguments): CommandResult {
  if (args.paths.length === 0) return usageError(io, 'threat fmt needs at least one file or folder');
  const { files, missing } = expandPaths(io.cwd, args.paths);
  for (const path of missing) io.err(`threat: no such file or folder: ${path}\n`);
  let failed = missing.length > 0;
  let wouldChange = 0;
  for (const file of files) {
    const text = readTextFile(file) ?? '';
    const result = formatText(file, text);
    const shown = displayPath(io.cwd, file);
    if (result.refused) {
      io.err(`${shown}: not formatted: it has syntax errors (run "threat check ${shown}")\n`);
      failed = true;
      continue;
    }
    if (args.mode === 'stdout') {
      io.out(result.text);
    } else if (result.changed) {
      wouldChange++;
      if (args.mode === 'check') io.out(`${shown}: would be reformatted\n`);
      else {
        writeTextFile(file, result.text);
        io.out(`${shown}: formatted\n`);
      }
    }
  }
  if (args.mode === 'check') {
    io.out(
      wouldChange === 0
        ? `${files.length} file(s) already formatted\n`
        : `${wouldChange} of ${files.length} file(s) would be reformatted\n`,
    );
    if (wouldChange > 0) failed = true;
  }
  return failed ? 1 : 0;
}
