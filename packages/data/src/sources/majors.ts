/**
 * COW major powers and their spells (France 1816-1940 and from 1945; Germany three times).
 * A state counts as a major power in a year when a spell overlaps it.
 */
import { columns, type CsvTable } from '../csv/read-csv.js';
import { integerField } from '../csv/fields.js';
import { dayFrom, overlapsYear, type Day } from '../day.js';

export interface MajorSpell {
  readonly ccode: number;
  readonly start: Day;
  readonly end: Day;
}

export class MajorPowers {
  constructor(readonly spells: readonly MajorSpell[]) {}

  isMajor(ccode: number, year: number): boolean {
    return this.spells.some((s) => s.ccode === ccode && overlapsYear(s.start, s.end, year));
  }
}

export function readMajors(table: CsvTable): MajorPowers {
  const c = columns(table, ['ccode', 'styear', 'stmonth', 'stday', 'endyear', 'endmonth', 'endday']);
  const spells: MajorSpell[] = [];
  for (const row of table.rows) {
    const ccode = integerField(row[c.ccode]);
    const startYear = integerField(row[c.styear]);
    const endYear = integerField(row[c.endyear]);
    if (ccode === undefined || startYear === undefined || endYear === undefined) continue;
    spells.push({
      ccode,
      start: dayFrom(startYear, integerField(row[c.stmonth]), integerField(row[c.stday]), 'start'),
      end: dayFrom(endYear, integerField(row[c.endmonth]), integerField(row[c.endday]), 'end'),
    });
  }
  return new MajorPowers(spells);
}
