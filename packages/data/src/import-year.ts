/**
 * The importer: the data sets on one day (by default 1 July of the year asked for), for a
 * selection of states, as an `ImportedSystem` (every derived number with its note). Everything
 * is taken on that day: the states in the system, major powers, borders, capitals, alliances
 * and wars; intentions come from what happened before it. Each proxy lives in proxies/ with
 * its rationale; this file only gathers them.
 */
import type { DataSet } from './data-set.js';
import { sourceLine, type DataFileName } from './data-files.js';
import type { ImportedLink, ImportedState, ImportedSystem } from './imported-system.js';
import { assignIdentifiers } from './identifiers.js';
import { nameInYear } from './historical-names.js';
import { resolveSelection, type SelectionSpec } from './selection.js';
import { powerOf } from './proxies/power.js';
import { offenseOf } from './proxies/offense.js';
import { deriveIntentions } from './proxies/intentions.js';
import { capitalOf, contiguityLinks, fallbackDistances } from './proxies/geography.js';
import { alliancesOn } from './proxies/alliances.js';
import { warsOn, wartimeOn } from './proxies/wartime.js';
import { isoDay, midYear, yearOf, type Day } from './day.js';

export interface ImportOptions {
  /** The year; the day described is 1 July of it unless `day` is given. */
  readonly year?: number;
  /** The day described, yyyymmdd (see `parseIsoDay`); its year is the year. */
  readonly day?: Day;
  readonly selection?: SelectionSpec;
}

export type ImportResult =
  | { readonly ok: true; readonly system: ImportedSystem }
  | { readonly ok: false; readonly errors: readonly string[] };

/** The years every data set the importer needs covers (COW states, NMC: 1816-2016). */
export const FIRST_YEAR = 1816;
export const LAST_YEAR = 2016;

export function importYear(data: DataSet, options: ImportOptions): ImportResult {
  const year = options.day !== undefined ? yearOf(options.day) : options.year;
  if (year === undefined || !Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    return {
      ok: false,
      errors: [
        `The date must lie in a year from ${FIRST_YEAR} to ${LAST_YEAR} (the years COW capabilities cover), not ${options.day !== undefined ? isoDay(options.day) : year}`,
      ],
    };
  }
  const day = options.day ?? midYear(year);
  const system = data.states;
  const resolved = resolveSelection(system, day, options.selection ?? {});
  if (!resolved.ok) return resolved;
  const { codes, description, absent } = resolved.selection;
  const remarks: string[] = absent.map(
    (a) =>
      `"${a.text}" (${system.name(a.ccode)}, COW ${a.ccode}) is not in the state system on ${isoDay(day)} and is left out.`,
  );
  if (codes.length === 0)
    return { ok: false, errors: [`No state of the selection is in the state system on ${isoDay(day)}`] };

  const nameOf = (ccode: number) => nameInYear(ccode, year, system.name(ccode));
  const idMap = assignIdentifiers(
    codes.map((ccode) => ({ ccode, name: nameOf(ccode), abbreviation: system.abbreviation(ccode) })),
  );
  const idOf = (ccode: number) => idMap.get(ccode) ?? `COW-${ccode}`;
  const selected = new Set(codes);
  const used = new Set<DataFileName>([
    'capabilities',
    'states',
    'majors',
    'contiguity',
    'capitals',
    'disputes',
    'alliances',
    'members',
    'wars',
  ]);

  const intentions = deriveIntentions({
    day,
    codes: selected,
    nameOf,
    idOf,
    disputes: data.disputes,
    wars: data.wars,
    alliances: data.alliances,
    members: data.members,
  });
  remarks.push(...intentions.coverage);
  const isMajor = (ccode: number) => data.majors.isMajorOn(ccode, day);

  const states: ImportedState[] = codes.map((ccode) => {
    const power = powerOf(data.capabilities, ccode, year);
    const record = data.capabilities.get(ccode, year);
    const offense = offenseOf(data.capabilities, ccode, year, record?.cinc ?? power.value);
    const capital = capitalOf(data.capitals, ccode, day);
    const major = isMajor(ccode);
    return {
      ccode,
      abbreviation: system.abbreviation(ccode),
      id: idOf(ccode),
      name: nameOf(ccode),
      cowName: system.name(ccode),
      power,
      components: record?.components ?? {
        milex: undefined,
        milper: undefined,
        irst: undefined,
        pec: undefined,
        tpop: undefined,
        upop: undefined,
      },
      ...(offense ? { offense } : {}),
      intent: intentions.declared.get(ccode)!,
      ...(capital ? { capital } : {}),
      ...(major
        ? {
            reach: { value: 'global' as const, note: 'a COW major power: global reach assumed' },
            major: { value: true as const, note: `COW major power on ${isoDay(day)}` },
          }
        : {}),
    };
  });

  const links: ImportedLink[] = contiguityLinks(data.contiguity, day, codes, idOf);
  const withoutCapital = states.filter((s) => s.capital === undefined).map((s) => s.ccode);
  if (withoutCapital.length > 0) {
    const distances = data.has('capitalDistances') ? data.capitalDistances : undefined;
    if (distances) used.add('capitalDistances');
    const fallback = fallbackDistances(distances, year, withoutCapital, codes, idOf);
    links.push(...fallback.links);
    for (const ccode of fallback.missing) {
      remarks.push(
        `${nameOf(ccode)} has no capital for ${year} and no capital distances: the model takes it to be the default distance from everyone.`,
      );
    }
  }

  const { alliances, leftOut } = alliancesOn({
    day,
    codes: selected,
    idOf,
    nameOf,
    alliances: data.alliances,
    members: data.members,
  });
  if (leftOut > 0) {
    remarks.push(
      `${leftOut === 1 ? 'One ATOP alliance' : `${leftOut} ATOP alliances`} in force on ${isoDay(day)} ${leftOut === 1 ? 'has' : 'have'} fewer than two members in the selection and ${leftOut === 1 ? 'is' : 'are'} left out.`,
    );
  }

  const wars = warsOn(data.wars, day, selected, idOf);
  const wartime = wartimeOn(
    wars,
    day,
    states.map((s) => ({ id: s.id, name: s.name, major: s.major !== undefined })),
  );
  const order: DataFileName[] = [
    'capabilities',
    'states',
    'majors',
    'contiguity',
    'capitals',
    'capitalDistances',
    'disputes',
    'wars',
    'alliances',
  ];
  return {
    ok: true,
    system: {
      year,
      day,
      title: `${description}, ${titleDay(day)} (COW and ATOP data)`,
      sources: order.filter((f) => used.has(f)).map(sourceLine),
      wartime,
      wars,
      states,
      links,
      perceptions: [...intentions.perceptions],
      alliances,
      remarks,
      disputeRecords: intentions.records,
      idOf: idMap,
    },
  };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1 July 1914", for titles. */
export function titleDay(day: Day): string {
  return `${day % 100} ${MONTHS[(Math.floor(day / 100) % 100) - 1]} ${yearOf(day)}`;
}
