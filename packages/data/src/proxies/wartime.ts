/**
 * Wars on the day described (COW Inter-State Wars v4.0, Sarkees & Wayman 2010): every war in
 * progress with its belligerents by side, and Walt's wartime condition, under which the weak
 * join the side that is winning. Until the language can say who fights whom, the scenario is
 * `wartime` when a major power of the selection (any selected state, for a selection without
 * major powers) is fighting on that day, and the wars are written as comments.
 */
import type { ImportedWar, Noted } from '../imported-system.js';
import type { Wars } from '../sources/wars.js';
import { isoDay, type Day } from '../day.js';

/** The wars in progress on the day with at least one selected belligerent. */
export function warsOn(
  wars: Wars,
  day: Day,
  codes: ReadonlySet<number>,
  idOf: (ccode: number) => string,
): ImportedWar[] {
  const result: ImportedWar[] = [];
  for (const [number, participants] of wars.byWar) {
    const fighting = participants.filter(
      (p) => codes.has(p.ccode) && p.spells.some((s) => s.start <= day && day <= s.end),
    );
    if (fighting.length === 0) continue;
    const sides = [...new Set(fighting.map((p) => p.side))].sort((a, b) => a - b);
    result.push({
      war: number,
      name: participants[0]!.warName,
      sides: sides.map((side) =>
        fighting
          .filter((p) => p.side === side)
          .map((p) => idOf(p.ccode))
          .sort(),
      ),
    });
  }
  return result.sort((a, b) => a.war - b.war);
}

export function wartimeOn(
  wars: readonly ImportedWar[],
  day: Day,
  selected: readonly { readonly id: string; readonly name: string; readonly major: boolean }[],
): Noted<boolean> {
  const nameOf = new Map(selected.map((s) => [s.id, s.name]));
  const majors = selected.filter((s) => s.major);
  const watched = new Set((majors.length > 0 ? majors : selected).map((s) => s.id));
  for (const war of wars) {
    const who = war.sides.flat().find((id) => watched.has(id));
    if (who !== undefined)
      return {
        value: true,
        note: `${nameOf.get(who) ?? who} is fighting ${war.name} on ${isoDay(day)} (COW Inter-State Wars v4.0)`,
      };
  }
  const who = majors.length > 0 ? 'no major power of the selection' : 'no selected state';
  return {
    value: false,
    note: `not wartime: ${who} is fighting an inter-state war on ${isoDay(day)} (COW Inter-State Wars v4.0)`,
  };
}
