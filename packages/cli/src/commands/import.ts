/**
 * `threat import --year Y | --date YYYY-MM-DD [--region R] [--states A,B] [--power share|components] [--data DIR]`:
 * the Correlates of War and ATOP data on one day (1 July of the year by default) as a
 * `.threat` scenario on standard output; what the data cannot cover goes to standard error.
 * The text is checked before it is printed; a scenario the checker rejects is a bug in the
 * importer and is reported as one, never printed.
 */
import { checkDiagnostics, checkProgram, TextDocumentProvider } from '@threatlab/dsl';
import {
  DataError,
  importYear,
  openDataSet,
  parseIsoDay,
  toThreatText,
  type PowerStyle,
} from '@threatlab/data';
import { parseArgs } from 'node:util';
import type { Io } from '../io.js';
import { usageError, type CommandResult } from '../usage.js';
import { dataFolder, listOption, wholeNumber } from './data-folder.js';

export interface ImportArguments {
  readonly year?: number;
  /** The day, yyyymmdd, when --date was given. */
  readonly day?: number;
  readonly regions: readonly string[];
  readonly states: readonly string[];
  readonly power: PowerStyle;
  readonly data: string;
  /** The command as typed, written at the top of the file. */
  readonly command: string;
}

/** Parses `threat import` options; a usage error has been printed when it returns a number. */
export function parseImportArguments(io: Io, rest: readonly string[]): ImportArguments | CommandResult {
  const { values, positionals } = parseArgs({
    args: [...rest],
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      date: { type: 'string' },
      region: { type: 'string', multiple: true },
      states: { type: 'string', multiple: true },
      power: { type: 'string', default: 'share' },
      data: { type: 'string' },
    },
  });
  if (positionals.length > 0)
    return usageError(
      io,
      `threat import takes no file, got "${positionals[0]}"; it prints the scenario, redirect it with >`,
    );
  if (values.date !== undefined) {
    const day = parseIsoDay(values.date);
    if (day === undefined)
      return usageError(
        io,
        `--date must be a calendar day written YYYY-MM-DD, such as 1914-07-28, not "${values.date}"`,
      );
    const year = wholeNumber(values.year);
    if (values.year !== undefined && year !== Math.floor(day / 10000))
      return usageError(io, `--year ${values.year} and --date ${values.date} disagree; give one of them`);
    return finishArguments(io, rest, values, { day });
  }
  const year = wholeNumber(values.year);
  if (year === undefined)
    return usageError(io, 'threat import needs --year or --date, such as --year 1914 or --date 1914-07-28');
  return finishArguments(io, rest, values, { year });
}

function finishArguments(
  io: Io,
  rest: readonly string[],
  values: { region?: string[]; states?: string[]; power?: string; data?: string },
  when: { year: number } | { day: number },
): ImportArguments | CommandResult {
  if (values.power !== 'share' && values.power !== 'components')
    return usageError(io, `--power must be share or components, not "${values.power}"`);
  return {
    ...when,
    regions: listOption(values.region),
    states: listOption(values.states),
    power: values.power,
    data: dataFolder(io.cwd, values.data),
    command: ['threat import', ...rest].join(' '),
  };
}

export function runImport(io: Io, args: ImportArguments): CommandResult {
  try {
    const result = importYear(openDataSet(args.data), {
      ...(args.day !== undefined ? { day: args.day } : { year: args.year }),
      selection: { regions: args.regions, states: args.states },
    });
    if (!result.ok) {
      for (const error of result.errors) io.err(`threat import: ${error}\n`);
      return 1;
    }
    const text = toThreatText(result.system, { power: args.power, command: args.command });
    const uri = '/imported.threat';
    const errors = checkDiagnostics(
      checkProgram(uri, new TextDocumentProvider((u) => (u === uri ? text : undefined))),
    ).filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      io.err(
        `threat import: the generated scenario has ${errors.length} error(s), a bug in the importer; the first: ${errors[0]!.code}: ${errors[0]!.message}\n`,
      );
      return 1;
    }
    io.out(text);
    for (const remark of result.system.remarks) io.err(`threat import: ${remark}\n`);
    return 0;
  } catch (error) {
    if (error instanceof DataError) {
      io.err(`threat import: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
