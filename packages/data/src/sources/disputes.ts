/**
 * Militarized Interstate Disputes v3.10, participant level (MIDB): for each state in each
 * dispute, its side, the years it took part, its highest hostility level (1 no militarized
 * action, 2 threat to use force, 3 display of force, 4 use of force, 5 war) and whether it
 * sought to change the status quo (revisionist). The dispute level (MIDA) adds nothing the
 * importer uses: its hostility is the highest of its participants'.
 */
import { columns, type CsvTable } from '../csv/read-csv.js';
import { flagField, integerField } from '../csv/fields.js';

export interface DisputeParticipation {
  readonly dispute: number;
  readonly ccode: number;
  /** Side A holds the state that took the first militarized action. */
  readonly sideA: boolean;
  readonly startYear: number;
  readonly endYear: number;
  /** 1-5, see above. */
  readonly hostility: number;
  readonly revisionist: boolean;
}

export interface Disputes {
  readonly participations: readonly DisputeParticipation[];
  /** The last year the data set covers; windows reaching past it have no information. */
  readonly lastYear: number;
}

export function readDisputes(table: CsvTable): Disputes {
  const c = columns(table, ['DispNum', 'ccode', 'StYear', 'EndYear', 'SideA', 'revState', 'hostLev']);
  const participations: DisputeParticipation[] = [];
  let lastYear = -Infinity;
  for (const row of table.rows) {
    const dispute = integerField(row[c.DispNum]);
    const ccode = integerField(row[c.ccode]);
    const startYear = integerField(row[c.StYear]);
    const hostility = integerField(row[c.hostLev]);
    if (dispute === undefined || ccode === undefined || startYear === undefined) continue;
    const endYear = integerField(row[c.EndYear]) ?? startYear;
    lastYear = Math.max(lastYear, endYear, startYear);
    participations.push({
      dispute,
      ccode,
      sideA: flagField(row[c.SideA]),
      startYear,
      endYear,
      hostility: hostility !== undefined && hostility >= 1 && hostility <= 5 ? hostility : 1,
      revisionist: flagField(row[c.revState]),
    });
  }
  return { participations, lastYear: Number.isFinite(lastYear) ? lastYear : 0 };
}
