/**
 * COW major powers and their spells (France 1816-1940 and from 1945; Germany three times).
 * A state counts as a major power on a day when a spell holds on it.
 */
import { columns, type CsvTable } from '../csv/read-csv.js';
import { integerField } from '../csv/fields.js';
import { dayFrom, holdsOn, type Day } from '../day.js';

export interface MajorSpell {
  readonly ccode: number;
  readonly start: Day;
  readonly end: Day;
}

export class MajorPowers {
  constructor(readonly spells: readonly MajorSpell[]) {}

  isMajorOn(ccode: number, day: Day): boolean {
    return this.spells.some((s) => s.ccode === ccode && holdsOn(s.start, s.end, day));
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
