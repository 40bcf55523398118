/**
 * Gleditsch's capital-to-capital distances (Gleditsch & Ward 2001), in km, one row per
 * directed pair of GW codes. The file is static: one capital per state for all years. The
 * importer prefers the dated capital coordinates of capitals_latlng.csv and uses these
 * distances only for a state whose capital is not known in the year.
 */
import { columns, type CsvTable } from '../csv/read-csv.js';
import { integerField, numberField } from '../csv/fields.js';
import { gwCodeFor } from './gw-codes.js';

export class CapitalDistances {
  constructor(private readonly km: ReadonlyMap<number, number>) {}

  /**
   * The distance between two COW states in a year: their GW codes for that year first, then
   * their COW codes as they stand (the two lists share most numbers); undefined when neither
   * pair is in the file.
   */
  between(cowA: number, cowB: number, year: number): number | undefined {
    const gwA = gwCodeFor(cowA, year);
    const gwB = gwCodeFor(cowB, year);
    return (
      this.km.get(key(gwA, gwB)) ??
      this.km.get(key(cowA, cowB)) ??
      this.km.get(key(gwA, cowB)) ??
      this.km.get(key(cowA, gwB))
    );
  }

  get size(): number {
    return this.km.size;
  }
}

const key = (a: number, b: number) => (a < b ? a * 10000 + b : b * 10000 + a);

export function readCapitalDistances(table: CsvTable): CapitalDistances {
  const c = columns(table, ['numa', 'numb', 'kmdist']);
  const km = new Map<number, number>();
  for (const row of table.rows) {
    const a = integerField(row[c.numa]);
    const b = integerField(row[c.numb]);
    const distance = numberField(row[c.kmdist]);
    if (a === undefined || b === undefined || a === b || distance === undefined || distance < 0) continue;
    km.set(key(a, b), distance);
  }
  return new CapitalDistances(km);
}
