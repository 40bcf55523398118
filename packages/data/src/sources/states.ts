/**
 * COW state system membership: who is a state, and when. A state may leave and re-enter
 * (Germany 1816-1945 and from 1990; Poland 1918-1939 and from 1945), so membership is a list
 * of spells. An import describes one day, so a state belongs to it when a spell holds on that
 * day (the COW state-year convention, any overlap with the year, is kept for the back-test's
 * entries).
 */
import { columns, type CsvTable } from '../csv/read-csv.js';
import { integerField } from '../csv/fields.js';
import { DataError } from '../data-error.js';
import { dayFrom, holdsOn, overlapsYear, type Day } from '../day.js';

export interface StateSpell {
  readonly ccode: number;
  /** COW abbreviation: GMY, UKG, FRN. */
  readonly abbreviation: string;
  readonly name: string;
  readonly start: Day;
  readonly end: Day;
}

export class StateSystem {
  private readonly byCode = new Map<number, StateSpell[]>();
  private readonly byAbbreviation = new Map<string, number>();

  constructor(readonly spells: readonly StateSpell[]) {
    for (const spell of spells) {
      const list = this.byCode.get(spell.ccode);
      if (list) list.push(spell);
      else this.byCode.set(spell.ccode, [spell]);
      this.byAbbreviation.set(spell.abbreviation.toUpperCase(), spell.ccode);
    }
  }

  /** COW codes of the states in the system on a day, in code order. */
  membersOn(day: Day): number[] {
    const codes: number[] = [];
    for (const [ccode, spells] of this.byCode) {
      if (spells.some((s) => holdsOn(s.start, s.end, day))) codes.push(ccode);
    }
    return codes.sort((a, b) => a - b);
  }

  isMemberOn(ccode: number, day: Day): boolean {
    return (this.byCode.get(ccode) ?? []).some((s) => holdsOn(s.start, s.end, day));
  }

  /** Whether the state belonged to the system at some time in the year (the COW state-year). */
  isMemberIn(ccode: number, year: number): boolean {
    return (this.byCode.get(ccode) ?? []).some((s) => overlapsYear(s.start, s.end, year));
  }

  known(ccode: number): boolean {
    return this.byCode.has(ccode);
  }

  name(ccode: number): string {
    return this.byCode.get(ccode)?.[0]?.name ?? `COW ${ccode}`;
  }

  abbreviation(ccode: number): string {
    return this.byCode.get(ccode)?.[0]?.abbreviation ?? String(ccode);
  }

  spellsOf(ccode: number): readonly StateSpell[] {
    return this.byCode.get(ccode) ?? [];
  }

  /** The code for an abbreviation (any case) or a number written as text; undefined when unknown. */
  codeOf(text: string): number | undefined {
    const trimmed = text.trim();
    if (/^\d+$/.test(trimmed)) {
      const code = Number(trimmed);
      return this.byCode.has(code) ? code : undefined;
    }
    return this.byAbbreviation.get(trimmed.toUpperCase());
  }

  /** Every abbreviation, for suggestions when a user mistypes one. */
  abbreviations(): string[] {
    return [...this.byAbbreviation.keys()].sort();
  }
}

export function readStates(table: CsvTable): StateSystem {
  const c = columns(table, [
    'stateabb',
    'ccode',
    'statenme',
    'styear',
    'stmonth',
    'stday',
    'endyear',
    'endmonth',
    'endday',
  ]);
  const spells: StateSpell[] = [];
  table.rows.forEach((row, index) => {
    const ccode = integerField(row[c.ccode]);
    const startYear = integerField(row[c.styear]);
    const endYear = integerField(row[c.endyear]);
    if (ccode === undefined || startYear === undefined || endYear === undefined) {
      throw new DataError(table.source, 'has a state without code, start year or end year', index + 2);
    }
    spells.push({
      ccode,
      abbreviation: row[c.stateabb] ?? String(ccode),
      name: row[c.statenme] ?? `COW ${ccode}`,
      start: dayFrom(startYear, integerField(row[c.stmonth]), integerField(row[c.stday]), 'start'),
      end: dayFrom(endYear, integerField(row[c.endmonth]), integerField(row[c.endday]), 'end'),
    });
  });
  return new StateSystem(spells);
}
