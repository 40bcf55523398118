/**
 * Reading the data sets' CSV files through csv-parse, one well-kept parser for every file.
 *
 * The files differ in small ways (see ../shared/data/README.md): some quote their headers,
 * ATOP's wide member columns are mostly empty, NMC codes missing values as -9. Reading keeps
 * every field as a string; `fields.ts` turns fields into numbers and says which codes mean
 * "missing". Columns are found by name, case-insensitively, so a reordered file still reads.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { DataError } from '../data-error.js';

export interface CsvTable {
  /** Where the table came from, for error messages. */
  readonly source: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Parses CSV text whose first record is the header. Throws a `DataError` on malformed text. */
export function parseCsv(text: string, source: string): CsvTable {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      // ATOP rows and headers can differ in length by a trailing comma; the header decides.
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    throw new DataError(source, `cannot be read as CSV: ${(error as Error).message}`);
  }
  const [header, ...rows] = records;
  if (header === undefined) throw new DataError(source, 'is empty: expected a header line');
  return { source, header: header.map((name) => name.trim()), rows };
}

/** Reads and parses a CSV file. Throws a `DataError` naming the file when it is absent or malformed. */
export function readCsvFile(path: string): CsvTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DataError(path, 'was not found');
  }
  return parseCsv(text, path);
}

/**
 * The index of each wanted column. Matching ignores case, so `StYear` and `styear` are the
 * same column; a missing column is an error naming the file and the column.
 */
export function columns<K extends string>(table: CsvTable, names: readonly K[]): Record<K, number> {
  const lower = table.header.map((h) => h.toLowerCase());
  const result = {} as Record<K, number>;
  for (const name of names) {
    const index = lower.indexOf(name.toLowerCase());
    if (index < 0) throw new DataError(table.source, `has no column "${name}"`);
    result[name] = index;
  }
  return result;
}

/** The indexes of the columns whose names match a pattern, in file order (ATOP's mem1..memN). */
export function matchingColumns(table: CsvTable, pattern: RegExp): number[] {
  const found: number[] = [];
  table.header.forEach((name, index) => {
    if (pattern.test(name)) found.push(index);
  });
  return found;
}
