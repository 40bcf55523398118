/**
 * Alliances in force during the year (ATOP v4.01, Leeds et al. 2002) with the members that
 * belonged to them during the year and are in the selection. The kind is the strongest
 * obligation the treaty carries: defense, then offense, neutrality, nonaggression, and
 * consultation (the language's `entente`).
 */
import type { AllianceKind } from '@threatlab/core';
import type { ImportedAlliance } from '../imported-system.js';
import type { AtopAlliance, MembershipSpell, Obligations } from '../sources/atop.js';
import { isoDay, overlapsYear, yearOf } from '../day.js';

export function allianceKind(o: Obligations): AllianceKind {
  if (o.defense) return 'defense';
  if (o.offense) return 'offense';
  if (o.neutral) return 'neutrality';
  if (o.nonagg) return 'nonaggression';
  return 'entente';
}

export function obligationsText(o: Obligations): string {
  const words: string[] = [];
  if (o.defense) words.push('defense');
  if (o.offense) words.push('offense');
  if (o.neutral) words.push('neutrality');
  if (o.nonagg) words.push('nonaggression');
  if (o.consul) words.push('consultation');
  return words.length > 0 ? words.join(', ') : 'no obligation coded';
}

export interface AllianceContext {
  readonly year: number;
  readonly codes: ReadonlySet<number>;
  readonly idOf: (ccode: number) => string;
  readonly nameOf: (ccode: number) => string;
  readonly alliances: readonly AtopAlliance[];
  readonly members: readonly MembershipSpell[];
}

export interface AlliancesInYear {
  readonly alliances: ImportedAlliance[];
  /** Alliances in force with fewer than two selected members, left out. */
  readonly leftOut: number;
}

export function alliancesInYear(context: AllianceContext): AlliancesInYear {
  const { year } = context;
  const membersOf = new Map<number, Set<number>>();
  for (const spell of context.members) {
    if (!overlapsYear(spell.start, spell.end, year) || !context.codes.has(spell.ccode)) continue;
    const set = membersOf.get(spell.alliance) ?? new Set<number>();
    set.add(spell.ccode);
    membersOf.set(spell.alliance, set);
  }
  const result: ImportedAlliance[] = [];
  let leftOut = 0;
  for (const a of [...context.alliances].sort((x, y) => x.id - y.id)) {
    if (!overlapsYear(a.start, a.end, year)) continue;
    const members = [...(membersOf.get(a.id) ?? [])].sort((x, y) => x - y);
    if (members.length < 2) {
      leftOut++;
      continue;
    }
    const threats =
      a.namedThreats.length > 0
        ? `; names ${a.namedThreats.map(context.nameOf).join(' and ')} as the threat`
        : '';
    result.push({
      atopId: a.id,
      name: `ATOP ${a.id}`,
      kind: allianceKind(a.obligations),
      year: yearOf(a.start),
      members: members.map(context.idOf),
      note: `${obligationsText(a.obligations)}; in force ${isoDay(a.start)} to ${isoDay(a.end)}${threats}`,
    });
  }
  return { alliances: result, leftOut };
}
