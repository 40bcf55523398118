/**
 * Fields as numbers. The data sets code a missing value in several ways: an empty field
 * (ATOP's unused member columns), -9 (NMC, MID: "missing"), -8 (COW wars: "not applicable"),
 * -7 (occasionally "not yet coded"), `NA` and `.` (converted R and Stata exports). None of the
 * quantities read here can legitimately take those values, so they all read as undefined.
 */

const MISSING_TEXT = new Set(['', 'NA', 'N/A', '.', 'NaN']);
const MISSING_CODES = new Set([-9, -8, -7]);

/** A field as a number, or undefined when it is one of the missing codes or not a number. */
export function numberField(raw: string | undefined): number | undefined {
  if (raw === undefined || MISSING_TEXT.has(raw)) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || MISSING_CODES.has(value)) return undefined;
  return value;
}

/** A field as an integer code (COW ccode, ATOP id, a year); undefined when missing or fractional. */
export function integerField(raw: string | undefined): number | undefined {
  const value = numberField(raw);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

/** A 0/1 flag: true only for 1 (ATOP obligations, MID revisionism); missing reads as false. */
export function flagField(raw: string | undefined): boolean {
  return numberField(raw) === 1;
}
