/**
 * Capital cities with coordinates and the days each was the capital (peacesciencer's
 * compilation, Miller 2022): St Petersburg until March 1918, then Moscow; Vichy 1940-1942.
 * Where the file gives a state its present capital for its whole history (Ankara for the
 * Ottoman Empire), `capital-corrections.ts` puts the historical one back, saying why.
 */
import { columns, type CsvTable } from '../csv/read-csv.js';
import { integerField, numberField } from '../csv/fields.js';
import { dayFromIso, overlapsYear, yearOf, type Day } from '../day.js';
import { correctCapitals } from './capital-corrections.js';

export interface CapitalSpell {
  readonly ccode: number;
  readonly city: string;
  readonly start: Day;
  readonly end: Day;
  readonly lat: number;
  readonly lon: number;
  /** Set when the spell is a correction of the file, saying why. */
  readonly correction?: string;
}

export class Capitals {
  private readonly byCode = new Map<number, CapitalSpell[]>();

  constructor(spells: readonly CapitalSpell[]) {
    for (const spell of spells) {
      const list = this.byCode.get(spell.ccode);
      if (list) list.push(spell);
      else this.byCode.set(spell.ccode, [spell]);
    }
  }

  /**
   * The capital on a day; failing that (a state whose first capital row starts some days or
   * months after it entered the system), the latest spell that held during the day's year.
   */
  on(ccode: number, day: Day): CapitalSpell | undefined {
    const spells = this.byCode.get(ccode) ?? [];
    const onDay = spells.find((s) => s.start <= day && day <= s.end);
    if (onDay) return onDay;
    const year = yearOf(day);
    const during = spells.filter((s) => overlapsYear(s.start, s.end, year));
    return during.sort((a, b) => b.start - a.start)[0];
  }
}

export function readCapitals(table: CsvTable): Capitals {
  const c = columns(table, ['ccode', 'capital', 'stdate', 'enddate', 'lat', 'lng']);
  const spells: CapitalSpell[] = [];
  for (const row of table.rows) {
    const ccode = integerField(row[c.ccode]);
    const start = dayFromIso(row[c.stdate]);
    const end = dayFromIso(row[c.enddate]);
    const lat = numberField(row[c.lat]);
    const lon = numberField(row[c.lng]);
    if (
      ccode === undefined ||
      start === undefined ||
      end === undefined ||
      lat === undefined ||
      lon === undefined
    )
      continue;
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    spells.push({ ccode, city: row[c.capital] ?? '', start, end, lat, lon });
  }
  return new Capitals(correctCapitals(spells));
}
