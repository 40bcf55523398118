/**
 * COW gives each code one name for all its years: code 345 is "Yugoslavia" in 1914, 640 is
 * "Turkey" in 1850. A student reading `Yugoslavia sees Austria-Hungary as hostile` in a 1914
 * scenario is misled, so the importer names a few states as they were called at the time.
 * The COW name is kept in the comment above each state. Only states whose COW name is wrong
 * for a long, well-known period are listed; the periods follow the COW spells and the usual
 * dates of the change.
 */

interface HistoricalName {
  readonly ccode: number;
  readonly fromYear: number;
  readonly toYear: number;
  readonly name: string;
}

export const HISTORICAL_NAMES: readonly HistoricalName[] = [
  { ccode: 255, fromYear: 1816, toYear: 1870, name: 'Prussia' },
  { ccode: 300, fromYear: 1816, toYear: 1866, name: 'Austria' },
  { ccode: 325, fromYear: 1816, toYear: 1860, name: 'Sardinia' },
  { ccode: 345, fromYear: 1878, toYear: 1917, name: 'Serbia' },
  { ccode: 345, fromYear: 2006, toYear: 9999, name: 'Serbia' },
  { ccode: 365, fromYear: 1922, toYear: 1991, name: 'Soviet Union' },
  { ccode: 640, fromYear: 1816, toYear: 1922, name: 'Ottoman Empire' },
];

/** The name a state went by in a year: the historical one where listed, else COW's. */
export function nameInYear(ccode: number, year: number, cowName: string): string {
  return (
    HISTORICAL_NAMES.find((h) => h.ccode === ccode && year >= h.fromYear && year <= h.toYear)?.name ?? cowName
  );
}
