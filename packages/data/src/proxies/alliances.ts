/**
 * Alliances in force on the day (ATOP v4.01, Leeds et al. 2002) with the members that
 * belonged to them on that day and are in the selection. The kind is the strongest
 * obligation the treaty carries: defense, then offense, neutrality, nonaggression, and
 * consultation (the language's `entente`).
 */
import type { AllianceKind } from '@threatlab/core';
import type { ImportedAlliance } from '../imported-system.js';
import type { AtopAlliance, MembershipSpell, Obligations } from '../sources/atop.js';
import { holdsOn, isoDay, yearOf, type Day } from '../day.js';

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
  readonly day: Day;
  readonly codes: ReadonlySet<number>;
  readonly idOf: (ccode: number) => string;
  readonly nameOf: (ccode: number) => string;
  readonly alliances: readonly AtopAlliance[];
  readonly members: readonly MembershipSpell[];
}

export interface AlliancesOnDay {
  readonly alliances: ImportedAlliance[];
  /** Alliances in force with fewer than two selected members on the day, left out. */
  readonly leftOut: number;
}

export function alliancesOn(context: AllianceContext): AlliancesOnDay {
  const { day } = context;
  const membersOf = new Map<number, Set<number>>();
  for (const spell of context.members) {
    if (!holdsOn(spell.start, spell.end, day) || !context.codes.has(spell.ccode)) continue;
    const set = membersOf.get(spell.alliance) ?? new Set<number>();
    set.add(spell.ccode);
    membersOf.set(spell.alliance, set);
  }
  const result: ImportedAlliance[] = [];
  let leftOut = 0;
  for (const a of [...context.alliances].sort((x, y) => x.id - y.id)) {
    if (!holdsOn(a.start, a.end, day)) continue;
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
