/**
 * The `threat` command's usage text and the one way a command reports wrong usage (exit code 2).
 */
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
  threat graph [--theory threat|power|both] [--state NAME] [--variant NAME] [--width PX] [--out FILE] <file>
      The predictions as a picture: a map when capitals are known, coalitions otherwise;
      --state draws one state, its threats, partners and their coalitions; --theory both
      sets the two theories side by side. SVG on standard output, or to --out picture.svg;
      --out picture.png writes a PNG at twice the size.
  threat import (--year YEAR | --date YYYY-MM-DD) [--region NAME] [--states A,B,...] [--power share|components] [--data DIR]
      The Correlates of War and ATOP data on one day (1 July of --year by default) as a .threat
      scenario on standard output: a region (americas, europe, africa, middle-east, asia, oceania,
      world), a list of COW codes or abbreviations, or both; the whole system when neither is
      given. What the data cannot cover for that day is said on standard error and in the file.
  threat backtest [--from YEAR] [--to YEAR] [--data DIR] [--out DIR] [--workers N] [--calibrate]
      Back-test balance of threat against balance of power on every ATOP alliance entry of
      the years (default 1816-2012); writes DIR/backtest.md with SVG charts and entries.csv
      (default report/). --workers N adds N worker threads (default: none on 2 cores or fewer);
      --calibrate also tunes a small grid on the years to 1945 and reports it on the years after.
      --data DIR defaults to $THREATLAB_DATA, else ../shared/data.
  threat start
      Check and predict the bundled example scenarios (what \`npm start\` runs).

Options:
  -h, --help     Show this help.
`;
