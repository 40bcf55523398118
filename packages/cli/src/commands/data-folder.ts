/**
 * Where `threat import` and `threat backtest` look for the data sets: `--data`, else the
 * THREATLAB_DATA environment variable, else ../shared/data from the working folder (where the
 * project keeps it beside the checkout).
 */
import { resolve } from 'node:path';

export function dataFolder(cwd: string, given: string | undefined): string {
  return resolve(cwd, given ?? process.env['THREATLAB_DATA'] ?? '../shared/data');
}

/** A whole number from an option's text, or undefined when it is not one. */
export function wholeNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^-?\d+$/.test(text.trim())) return undefined;
  return Number(text);
}

/** A comma-separated option as a list, blanks dropped: "USA, RUS" -> ["USA", "RUS"]. */
export function listOption(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
