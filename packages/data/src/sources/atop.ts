/**
 * ATOP v4.01 (Leeds et al. 2002): alliances, their obligations and named threats (alliance
 * level), and who belonged to each when (member level).
 *
 * - Obligations are flags: defense, offense, neutral(ity), nonagg(ression), consul(tation).
 * - `statthr1`/`statthr2` hold the COW codes of the states an alliance names as the threat it
 *   answers (0 or empty when it names none).
 * - An end or exit year of 0 means the alliance or membership had not ended when the data set
 *   was closed.
 * - A member appears once per phase of an alliance (a renegotiation starts a new phase);
 *   consecutive phases are one spell of membership, so renewals are not counted as joining.
 */
import { columns, matchingColumns, type CsvTable } from '../csv/read-csv.js';
import { flagField, integerField } from '../csv/fields.js';
import { addDays, dayFrom, OPEN_END, type Day } from '../day.js';

export interface Obligations {
  readonly defense: boolean;
  readonly offense: boolean;
  readonly neutral: boolean;
  readonly nonagg: boolean;
  readonly consul: boolean;
}

export interface AtopAlliance {
  readonly id: number;
  readonly start: Day;
  readonly end: Day;
  readonly obligations: Obligations;
  /** COW codes of the states the treaty names as the threat, if any. */
  readonly namedThreats: readonly number[];
  /** COW codes in the wide member columns (mem1..memN), empty columns skipped. */
  readonly listedMembers: readonly number[];
}

export interface MembershipSpell {
  readonly alliance: number;
  readonly ccode: number;
  readonly start: Day;
  readonly end: Day;
}

/** Gaps between phases up to this many days still count as one unbroken membership. */
export const PHASE_GAP_DAYS = 31;

export function readAtopAlliances(table: CsvTable): AtopAlliance[] {
  const c = columns(table, [
    'atopid',
    'begyr',
    'begmo',
    'begday',
    'endyr',
    'endmo',
    'endday',
    'defense',
    'offense',
    'neutral',
    'nonagg',
    'consul',
    'statthr1',
    'statthr2',
  ]);
  const memberColumns = matchingColumns(table, /^mem\d+$/i);
  const alliances: AtopAlliance[] = [];
  for (const row of table.rows) {
    const id = integerField(row[c.atopid]);
    const beginYear = integerField(row[c.begyr]);
    if (id === undefined || beginYear === undefined) continue;
    const endYear = integerField(row[c.endyr]);
    const namedThreats = [row[c.statthr1], row[c.statthr2]]
      .map(integerField)
      .filter((x): x is number => x !== undefined && x > 0);
    const listedMembers = memberColumns
      .map((i) => integerField(row[i]))
      .filter((x): x is number => x !== undefined && x > 0);
    alliances.push({
      id,
      start: dayFrom(beginYear, integerField(row[c.begmo]), integerField(row[c.begday]), 'start'),
      end:
        endYear === undefined || endYear === 0
          ? OPEN_END
          : dayFrom(endYear, integerField(row[c.endmo]), integerField(row[c.endday]), 'end'),
      obligations: {
        defense: flagField(row[c.defense]),
        offense: flagField(row[c.offense]),
        neutral: flagField(row[c.neutral]),
        nonagg: flagField(row[c.nonagg]),
        consul: flagField(row[c.consul]),
      },
      namedThreats: [...new Set(namedThreats)],
      listedMembers,
    });
  }
  return alliances;
}

/** Membership spells, consecutive phases merged, sorted by alliance, member and start. */
export function readAtopMembers(table: CsvTable): MembershipSpell[] {
  const c = columns(table, ['atopid', 'member', 'yrent', 'moent', 'dayent', 'yrexit', 'moexit', 'dayexit']);
  const raw: MembershipSpell[] = [];
  for (const row of table.rows) {
    const alliance = integerField(row[c.atopid]);
    const ccode = integerField(row[c.member]);
    const entryYear = integerField(row[c.yrent]);
    if (alliance === undefined || ccode === undefined || entryYear === undefined || entryYear === 0) continue;
    const exitYear = integerField(row[c.yrexit]);
    raw.push({
      alliance,
      ccode,
      start: dayFrom(entryYear, integerField(row[c.moent]), integerField(row[c.dayent]), 'start'),
      end:
        exitYear === undefined || exitYear === 0
          ? OPEN_END
          : dayFrom(exitYear, integerField(row[c.moexit]), integerField(row[c.dayexit]), 'end'),
    });
  }
  return mergePhases(raw);
}

/** Merges a member's spells in one alliance that touch or overlap (gaps up to PHASE_GAP_DAYS). */
export function mergePhases(spells: readonly MembershipSpell[]): MembershipSpell[] {
  const sorted = [...spells].sort(
    (a, b) => a.alliance - b.alliance || a.ccode - b.ccode || a.start - b.start,
  );
  const merged: MembershipSpell[] = [];
  for (const spell of sorted) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.alliance === spell.alliance &&
      last.ccode === spell.ccode &&
      spell.start <= addDays(last.end, PHASE_GAP_DAYS)
    ) {
      merged[merged.length - 1] = { ...last, end: Math.max(last.end, spell.end) };
    } else {
      merged.push(spell);
    }
  }
  return merged;
}
