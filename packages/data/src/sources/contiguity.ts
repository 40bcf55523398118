/**
 * COW Direct Contiguity v3.2, directed master records: for each pair, the type of contiguity
 * and the days it held. Types: 1 land border; water contiguity 2 (12 miles or less), 3 (24),
 * 4 (150), 5 (400). Rows of type 0 were added by the file's converter to mark spells when a
 * pair was no longer contiguous; they carry no link and are skipped.
 */
import { columns, type CsvTable } from '../csv/read-csv.js';
import { dayFromIso, holdsOn, type Day } from '../day.js';
import { integerField } from '../csv/fields.js';

export type ContiguityType = 1 | 2 | 3 | 4 | 5;

export interface ContiguityRecord {
  readonly a: number;
  readonly b: number;
  readonly type: ContiguityType;
  readonly start: Day;
  readonly end: Day;
}

/** The upper bound of each water class in statute miles, as the COW codebook defines it. */
export const WATER_CLASS_MILES: Readonly<Record<Exclude<ContiguityType, 1>, number>> = {
  2: 12,
  3: 24,
  4: 150,
  5: 400,
};

export class Contiguity {
  constructor(readonly records: readonly ContiguityRecord[]) {}

  /**
   * The closest contiguity of each unordered pair on a day, keyed `min*1000+max` (a pair may
   * have records of two types on one day, one per direction of the directed file).
   */
  onDay(day: Day): Map<number, ContiguityType> {
    const result = new Map<number, ContiguityType>();
    for (const r of this.records) {
      if (!holdsOn(r.start, r.end, day)) continue;
      const key = pairKey(r.a, r.b);
      const known = result.get(key);
      if (known === undefined || r.type < known) result.set(key, r.type);
    }
    return result;
  }
}

export const pairKey = (a: number, b: number) => (a < b ? a * 1000 + b : b * 1000 + a);

export function readContiguity(table: CsvTable): Contiguity {
  const c = columns(table, ['ccode1', 'ccode2', 'conttype', 'stdate', 'enddate']);
  const records: ContiguityRecord[] = [];
  for (const row of table.rows) {
    const a = integerField(row[c.ccode1]);
    const b = integerField(row[c.ccode2]);
    const type = integerField(row[c.conttype]);
    const start = dayFromIso(row[c.stdate]);
    const end = dayFromIso(row[c.enddate]);
    if (a === undefined || b === undefined || a === b || start === undefined || end === undefined) continue;
    if (type === undefined || type < 1 || type > 5) continue;
    records.push({ a, b, type: type as ContiguityType, start, end });
  }
  return new Contiguity(records);
}
