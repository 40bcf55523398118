import type { Io } from './io.js';

/** A command's exit code: 0 success, 1 problems found, 2 wrong usage. */
export type CommandResult = 0 | 1 | 2;

export function usageError(io: Io, message: string): CommandResult {
  io.err(`threat: ${message}\nRun "threat --help" for usage.\n`);
  return 2;
}

export const USAGE = `threat: write, check and run balance-of-threat scenarios

Usage:
  threat check [--format text|json] <files or folders...>
      Report syntax and semantic problems and failed expect claims; exit 1 on errors.
  threat fmt [--check | --stdout] <files or folders...>
      Rewrite files in the canonical layout; --check only lists files that would change
      (exit 1 if any), --stdout prints the formatted text instead of writing it.
  threat predict [--theory threat|power|both] [--variant NAME] [--format text|markdown|json] <file>
      Each state's strategy, main threat and partners; the predicted coalitions.
  threat explain [--theory threat|power] [--variant NAME] [--format text|markdown] <file> <state>
      Why a state does what the model predicts: its threats ranked, factor shares, the rule.
  threat start
      Check and predict the bundled example scenarios (what \`npm start\` runs).

Options:
  -h, --help     Show this help.
`;
