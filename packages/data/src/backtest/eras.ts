/**
 * The eras the report breaks results down by, fixed before any result was seen. They follow
 * the usual periodisation of the modern state system, not the data.
 */

export interface Era {
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

export const ERAS: readonly Era[] = [
  { name: 'Concert of Europe', from: 1816, to: 1870 },
  { name: 'Bismarck to 1913', from: 1871, to: 1913 },
  { name: 'World wars', from: 1914, to: 1945 },
  { name: 'Cold War', from: 1946, to: 1989 },
  { name: 'After the Cold War', from: 1990, to: 2016 },
];

export function eraOf(year: number): Era | undefined {
  return ERAS.find((e) => year >= e.from && year <= e.to);
}

/** The years a calibration may look at; the report holds out everything after. */
export const CALIBRATION_LAST_YEAR = 1945;
