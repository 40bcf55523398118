/**
 * Gleditsch-Ward (GW) and Correlates of War (COW) state codes. The two lists (Gleditsch & Ward
 * 1999) share most numbers but not all: where a state was reunified, split or renamed, one list
 * kept a code the other replaced. capdist_gw.csv is keyed by GW codes (and GW letter codes,
 * which differ more often: UK for UKG, RUM for ROM, FJI for FIJ), so the importer translates
 * a COW code for a year into the GW code before looking a distance up.
 */

interface Translation {
  readonly cow: number;
  readonly gw: number;
  readonly fromYear: number;
  readonly toYear: number;
  readonly why: string;
}

/** The COW codes whose GW code differs, and when. */
export const GW_TRANSLATIONS: readonly Translation[] = [
  {
    cow: 255,
    gw: 260,
    fromYear: 1990,
    toYear: 9999,
    why: 'unified Germany: COW returns to 255, GW continues the Federal Republic as 260',
  },
  {
    cow: 679,
    gw: 678,
    fromYear: 1990,
    toYear: 9999,
    why: 'unified Yemen: COW 679, GW continues the Yemen Arab Republic as 678',
  },
  {
    cow: 345,
    gw: 340,
    fromYear: 2006,
    toYear: 9999,
    why: 'Serbia after Montenegro left: COW keeps 345, GW uses 340',
  },
];

/** GW letter codes that differ from the COW abbreviation of the same state. */
export const GW_LETTER_ALIASES: Readonly<Record<string, string>> = {
  UK: 'UKG',
  RUM: 'ROM',
  FJI: 'FIJ',
  SER: 'YUG',
};

/** The GW code to try first for a COW code in a year (the COW code itself when none differs). */
export function gwCodeFor(cow: number, year: number): number {
  const t = GW_TRANSLATIONS.find((x) => x.cow === cow && year >= x.fromYear && year <= x.toYear);
  return t ? t.gw : cow;
}
