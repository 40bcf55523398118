/**
 * Which states an import covers: one or more regions, a list of COW codes or abbreviations,
 * both (their union), or the whole system. A state named on the list but not in the system
 * on the day is left out with a note, not an error: a list kept for several years (GFR, GDR)
 * should not fail in a year one of them did not exist.
 */
import { regionNamed, REGIONS, inRegion } from './regions.js';
import type { StateSystem } from './sources/states.js';
import type { Day } from './day.js';

export interface SelectionSpec {
  /** Region names (`europe`, `middle-east`, `world`); empty with no states means the whole system. */
  readonly regions?: readonly string[];
  /** COW codes or abbreviations. */
  readonly states?: readonly string[];
}

export interface ResolvedSelection {
  /** COW codes in the system on the day, in code order. */
  readonly codes: readonly number[];
  /** What was selected, in words, for the scenario's title. */
  readonly description: string;
  /** States asked for that are not in the system on the day. */
  readonly absent: readonly { readonly text: string; readonly ccode: number }[];
}

export type SelectionResult =
  | { readonly ok: true; readonly selection: ResolvedSelection }
  | { readonly ok: false; readonly errors: readonly string[] };

export function resolveSelection(system: StateSystem, day: Day, spec: SelectionSpec): SelectionResult {
  const errors: string[] = [];
  const regions = (spec.regions ?? []).map((name) => {
    const region = regionNamed(name);
    if (!region)
      errors.push(`Unknown region "${name}"; the regions are ${REGIONS.map((r) => r.name).join(', ')}`);
    return region;
  });
  const listed: { text: string; ccode: number }[] = [];
  for (const text of spec.states ?? []) {
    if (text.trim() === '') continue;
    const ccode = system.codeOf(text);
    if (ccode === undefined) errors.push(`Unknown state "${text}"${suggestion(system, text)}`);
    else listed.push({ text, ccode });
  }
  if (errors.length > 0) return { ok: false, errors };

  const members = system.membersOn(day);
  const chosen = new Set<number>();
  const everything = regions.length === 0 && listed.length === 0;
  for (const ccode of members) {
    if (everything || regions.some((r) => r !== undefined && inRegion(r, ccode))) chosen.add(ccode);
  }
  const absent: { text: string; ccode: number }[] = [];
  for (const item of listed) {
    if (system.isMemberOn(item.ccode, day)) chosen.add(item.ccode);
    else absent.push(item);
  }
  // "The state system", "Europe", "Europe and The Middle East, with TUR", "USA, RUS, UKG".
  const regionText = everything
    ? 'The state system'
    : regions.flatMap((r) => (r ? [r.title] : [])).join(' and ');
  const listedText = listed
    .filter((l) => chosen.has(l.ccode))
    .map((l) => system.abbreviation(l.ccode))
    .join(', ');
  const description =
    regionText && listedText ? `${regionText}, with ${listedText}` : regionText || listedText;
  return { ok: true, selection: { codes: [...chosen].sort((a, b) => a - b), description, absent } };
}

function suggestion(system: StateSystem, text: string): string {
  const wanted = text.trim().toUpperCase();
  const close = system.abbreviations().filter((a) => editDistance(a, wanted) <= 1);
  return close.length > 0
    ? `; did you mean ${close
        .slice(0, 3)
        .map((a) => `"${a}"`)
        .join(' or ')}?`
    : '; use a COW code (255) or abbreviation (GMY)';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
