/**
 * Militarized Interstate Disputes v3.10, participant level (MIDB): for each state in each
 * dispute, its side, the years it took part, its highest hostility level (1 no militarized
 * action, 2 threat to use force, 3 display of force, 4 use of force, 5 war) and whether it
 * sought to change the status quo (revisionist). The dispute level (MIDA) adds nothing the
 * importer uses: its hostility is the highest of its participants'.
 */
import { columns, type CsvTable } from '../csv/read-csv.js';
import { flagField, integerField } from '../csv/fields.js';
import { dayFrom, type Day } from '../day.js';

export interface DisputeParticipation {
  readonly dispute: number;
  readonly ccode: number;
  /** Side A holds the state that took the first militarized action. */
  readonly sideA: boolean;
  readonly startYear: number;
  readonly endYear: number;
  /** The days the state took part (unknown days widen the spell, as everywhere). */
  readonly start: Day;
  readonly end: Day;
  /** 1-5, see above. */
  readonly hostility: number;
  readonly revisionist: boolean;
}

/**
 * The last day the dispute data cover: MID 3.10 runs to the end of 2001 (Ghosn, Palmer &
 * Bremer 2004). Later dates know no dispute.
 */
export const DISPUTES_LAST_DAY: Day = 20011231;

export interface Disputes {
  readonly participations: readonly DisputeParticipation[];
}

export function readDisputes(table: CsvTable): Disputes {
  const c = columns(table, [
    'DispNum',
    'ccode',
    'StDay',
    'StMon',
    'StYear',
    'EndDay',
    'EndMon',
    'EndYear',
    'SideA',
    'revState',
    'hostLev',
  ]);
  const participations: DisputeParticipation[] = [];
  for (const row of table.rows) {
    const dispute = integerField(row[c.DispNum]);
    const ccode = integerField(row[c.ccode]);
    const startYear = integerField(row[c.StYear]);
    const hostility = integerField(row[c.hostLev]);
    if (dispute === undefined || ccode === undefined || startYear === undefined) continue;
    const endYear = integerField(row[c.EndYear]) ?? startYear;
    participations.push({
      dispute,
      ccode,
      sideA: flagField(row[c.SideA]),
      startYear,
      endYear,
      start: dayFrom(startYear, integerField(row[c.StMon]), integerField(row[c.StDay]), 'start'),
      end: dayFrom(endYear, integerField(row[c.EndMon]), integerField(row[c.EndDay]), 'end'),
      hostility: hostility !== undefined && hostility >= 1 && hostility <= 5 ? hostility : 1,
      revisionist: flagField(row[c.revState]),
    });
  }
  return { participations };
}
