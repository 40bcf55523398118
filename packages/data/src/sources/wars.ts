/**
 * COW Inter-State Wars v4.0 (Sarkees & Wayman 2010): one row per participant, with up to two
 * spells of participation (a state that left and re-entered a war). -8 marks "not applicable"
 * (no second spell), -9 an unknown month or day.
 */
import { columns, type CsvTable } from '../csv/read-csv.js';
import { integerField } from '../csv/fields.js';
import { dayFrom, type Day } from '../day.js';

export interface WarParticipation {
  readonly war: number;
  readonly warName: string;
  readonly ccode: number;
  readonly side: number;
  readonly spells: readonly { readonly start: Day; readonly end: Day }[];
}

/**
 * The last day the war data cover: COW Inter-State Wars v4.0 runs to the end of 2007
 * (Sarkees & Wayman 2010); its last war began in 2003. Later dates know no war.
 */
export const WARS_LAST_DAY: Day = 20071231;

export class Wars {
  constructor(readonly participations: readonly WarParticipation[]) {}

  /** The participations of each war, by war number, indexed once. */
  get byWar(): ReadonlyMap<number, readonly WarParticipation[]> {
    if (!this.index) {
      this.index = new Map();
      for (const p of this.participations) {
        const list = this.index.get(p.war);
        if (list) list.push(p);
        else this.index.set(p.war, [p]);
      }
    }
    return this.index;
  }
  private index: Map<number, WarParticipation[]> | undefined;

  /** The wars a state was fighting on a day. */
  fightingOn(ccode: number, day: Day): WarParticipation[] {
    return this.participations.filter(
      (p) => p.ccode === ccode && p.spells.some((s) => s.start <= day && day <= s.end),
    );
  }
}

export function readWars(table: CsvTable): Wars {
  const names = ['WarNum', 'WarName', 'ccode', 'Side'];
  for (const n of [1, 2])
    names.push(
      `StartMonth${n}`,
      `StartDay${n}`,
      `StartYear${n}`,
      `EndMonth${n}`,
      `EndDay${n}`,
      `EndYear${n}`,
    );
  const c = columns(table, names);
  const participations: WarParticipation[] = [];
  for (const row of table.rows) {
    const war = integerField(row[c['WarNum']!]);
    const ccode = integerField(row[c['ccode']!]);
    if (war === undefined || ccode === undefined) continue;
    const spells: { start: Day; end: Day }[] = [];
    for (const n of [1, 2]) {
      const startYear = integerField(row[c[`StartYear${n}`]!]);
      if (startYear === undefined) continue;
      // A war still going on when the data set was closed has no end year; it ends with the data.
      const endYear = integerField(row[c[`EndYear${n}`]!]) ?? startYear;
      spells.push({
        start: dayFrom(
          startYear,
          integerField(row[c[`StartMonth${n}`]!]),
          integerField(row[c[`StartDay${n}`]!]),
          'start',
        ),
        end: dayFrom(
          endYear,
          integerField(row[c[`EndMonth${n}`]!]),
          integerField(row[c[`EndDay${n}`]!]),
          'end',
        ),
      });
    }
    participations.push({
      war,
      warName: row[c['WarName']!] ?? `war ${war}`,
      ccode,
      side: integerField(row[c['Side']!]) ?? 0,
      spells,
    });
  }
  return new Wars(participations);
}
