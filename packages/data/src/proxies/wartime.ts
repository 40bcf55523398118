/**
 * Wartime, Walt's condition under which the weak join the side that is winning: set when, on
 * 1 January, a major power of the selection (any selected state, for a selection without
 * major powers) is fighting a COW inter-state war (Sarkees & Wayman 2010). 1 January, so
 * that a war that broke out during the year (1914, 1939) does not count before it began.
 */
import type { Noted } from '../imported-system.js';
import type { Wars } from '../sources/wars.js';
import { startOfYear } from '../day.js';

export function wartimeIn(
  wars: Wars,
  year: number,
  codes: readonly number[],
  isMajor: (ccode: number) => boolean,
  nameOf: (ccode: number) => string,
): Noted<boolean> {
  const majors = codes.filter(isMajor);
  const watched = majors.length > 0 ? majors : codes;
  const day = startOfYear(year);
  for (const ccode of watched) {
    const fighting = wars.fightingOn(ccode, day);
    if (fighting.length > 0) {
      return {
        value: true,
        note: `${nameOf(ccode)} is fighting ${fighting[0]!.warName} on 1 January ${year} (COW Inter-State Wars v4.0)`,
      };
    }
  }
  const who = majors.length > 0 ? 'no major power of the selection' : 'no selected state';
  return {
    value: false,
    note: `not wartime: ${who} is fighting an inter-state war on 1 January ${year} (COW Inter-State Wars v4.0)`,
  };
}
