/**
 * Proximity, from three sources in order of precedence:
 *
 * - COW Direct Contiguity v3.2 (Stinnett et al. 2002) on the day: a land border (type 1)
 *   becomes `border`; water contiguity (types 2-5) becomes a `sea` link as long as the upper
 *   bound of its class (12, 24, 150 or 400 miles), so a state a narrow strait away is closer
 *   than one across a sea.
 * - Capital coordinates valid on the day (Miller 2022): the model measures the great-circle
 *   distance between any two capitals.
 * - For a state whose capital is unknown in the year, Gleditsch's capital distances
 *   (Gleditsch & Ward 2001), translated from GW to COW codes, as explicit `distance` facts.
 */
import type { ImportedLink, Noted } from '../imported-system.js';
import type { Capitals } from '../sources/capitals.js';
import type { Contiguity } from '../sources/contiguity.js';
import { WATER_CLASS_MILES } from '../sources/contiguity.js';
import type { CapitalDistances } from '../sources/capital-distances.js';
import { endOfYear, isoDay, startOfYear, yearOf, type Day } from '../day.js';
import { roundTo } from '../number-text.js';
import { PROXY_PARAMETERS } from './parameters.js';

const WATER_CLASS_NAMES: Readonly<Record<number, string>> = {
  2: 'type 2, up to 12 miles',
  3: 'type 3, up to 24 miles',
  4: 'type 4, up to 150 miles',
  5: 'type 5, up to 400 miles',
};

export function contiguityLinks(
  contiguity: Contiguity,
  day: Day,
  codes: readonly number[],
  idOf: (ccode: number) => string,
): ImportedLink[] {
  const selected = new Set(codes);
  const links: ImportedLink[] = [];
  const byPair = contiguity.onDay(day);
  const year = yearOf(day);
  for (const [key, type] of [...byPair.entries()].sort((x, y) => x[0] - y[0])) {
    const a = Math.floor(key / 1000);
    const b = key % 1000;
    if (!selected.has(a) || !selected.has(b)) continue;
    if (type === 1)
      links.push({
        kind: 'land',
        a: idOf(a),
        b: idOf(b),
        note: `land border (COW contiguity type 1, ${year})`,
      });
    else
      links.push({
        kind: 'sea',
        a: idOf(a),
        b: idOf(b),
        miles: WATER_CLASS_MILES[type],
        note: `water contiguity (COW ${WATER_CLASS_NAMES[type]}, ${year})`,
      });
  }
  return links;
}

export function capitalOf(
  capitals: Capitals,
  ccode: number,
  day: Day,
): Noted<{ readonly lat: number; readonly lon: number; readonly city: string }> | undefined {
  const spell = capitals.on(ccode, day);
  if (!spell) return undefined;
  const d = PROXY_PARAMETERS.coordinateDecimals;
  const year = yearOf(day);
  const since =
    spell.start > startOfYear(year) || spell.end < endOfYear(year)
      ? ` (capital ${isoDay(spell.start)} to ${isoDay(spell.end)})`
      : '';
  const corrected = spell.correction ? `; corrected from the capital file: ${spell.correction}` : '';
  return {
    value: { lat: roundTo(spell.lat, d), lon: roundTo(spell.lon, d), city: spell.city },
    note: `${spell.city}${since}${corrected}`,
  };
}

/** Explicit distances from every state without a capital to every other selected state. */
export function fallbackDistances(
  distances: CapitalDistances | undefined,
  year: number,
  withoutCapital: readonly number[],
  codes: readonly number[],
  idOf: (ccode: number) => string,
): { links: ImportedLink[]; missing: number[] } {
  const links: ImportedLink[] = [];
  const missing: number[] = [];
  const done = new Set<string>();
  for (const a of withoutCapital) {
    let found = 0;
    for (const b of codes) {
      if (a === b) continue;
      const key = a < b ? `${a}-${b}` : `${b}-${a}`;
      if (done.has(key)) continue;
      done.add(key);
      const km = distances?.between(a, b, year);
      if (km === undefined) continue;
      found++;
      links.push({
        kind: 'distance',
        a: idOf(a),
        b: idOf(b),
        km,
        note: 'capital to capital (Gleditsch & Ward 2001); no dated capital for this year',
      });
    }
    if (found === 0) missing.push(a);
  }
  return { links, missing };
}
