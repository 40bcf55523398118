/**
 * Alliance entries: a state joining an ATOP alliance. Each unbroken membership (consecutive
 * phases merged, see sources/atop.ts) starts with one entry; a state that leaves and rejoins
 * enters twice. The partners of an entry are the other members whose membership overlaps it:
 * those already in, and those joining later in the same year (founding members often ratify
 * days or weeks apart).
 */
import type { MembershipSpell } from '../sources/atop.js';
import { endOfYear, yearOf, type Day } from '../day.js';

export interface AllianceEntry {
  readonly alliance: number;
  readonly year: number;
  readonly day: Day;
  /** COW code of the state joining. */
  readonly state: number;
  /** COW codes of its partners in the alliance. */
  readonly partners: readonly number[];
}

export function allianceEntries(spells: readonly MembershipSpell[]): AllianceEntry[] {
  const byAlliance = new Map<number, MembershipSpell[]>();
  for (const spell of spells) {
    const list = byAlliance.get(spell.alliance);
    if (list) list.push(spell);
    else byAlliance.set(spell.alliance, [spell]);
  }
  const entries: AllianceEntry[] = [];
  for (const [alliance, members] of byAlliance) {
    for (const spell of members) {
      const year = yearOf(spell.start);
      const partners = new Set<number>();
      for (const other of members) {
        if (other.ccode === spell.ccode) continue;
        if (other.start <= endOfYear(year) && other.end >= spell.start) partners.add(other.ccode);
      }
      if (partners.size === 0) continue;
      entries.push({
        alliance,
        year,
        day: spell.start,
        state: spell.ccode,
        partners: [...partners].sort((a, b) => a - b),
      });
    }
  }
  return entries.sort((a, b) => a.year - b.year || a.alliance - b.alliance || a.state - b.state);
}
