/**
 * Calendar days as sortable integers, yyyymmdd: 1914-07-28 is 19140728. The data sets give
 * dates as separate year, month and day fields (with -9 for unknown) or as ISO text; comparing
 * integers is all the importer needs, and it is cheap.
 */
export type Day = number;

/** The first day of a year. */
export const startOfYear = (year: number): Day => year * 10000 + 101;
/** The last day of a year. */
export const endOfYear = (year: number): Day => year * 10000 + 1231;
/** 1 July: the day an import describes when no date is given. */
export const midYear = (year: number): Day => year * 10000 + 701;
/** A day later than every date in the data: the end of a spell that has not ended. */
export const OPEN_END: Day = 99991231;

export const yearOf = (day: Day): number => Math.floor(day / 10000);

/**
 * A day from year, month and day fields. An unknown month or day (missing, 0, -9) is taken as
 * the earliest possible for a start and the latest possible for an end, so a spell is never
 * shortened by what the coders did not know.
 */
export function dayFrom(
  year: number,
  month: number | undefined,
  day: number | undefined,
  edge: 'start' | 'end',
): Day {
  const m = month !== undefined && month >= 1 && month <= 12 ? month : edge === 'start' ? 1 : 12;
  const d = day !== undefined && day >= 1 && day <= 31 ? day : edge === 'start' ? 1 : 31;
  return year * 10000 + m * 100 + d;
}

/** A day from ISO text `1816-01-01`; undefined when the text is not such a date. */
export function dayFromIso(text: string | undefined): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text ?? '');
  if (!match) return undefined;
  return Number(match[1]) * 10000 + Number(match[2]) * 100 + Number(match[3]);
}

/** Whether the spell [start, end] overlaps the year. */
export function overlapsYear(start: Day, end: Day, year: number): boolean {
  return start <= endOfYear(year) && end >= startOfYear(year);
}

/** The day as ISO text, for comments and reports. */
export function isoDay(day: Day): string {
  if (day >= OPEN_END) return 'open';
  const y = Math.floor(day / 10000);
  const m = Math.floor(day / 100) % 100;
  const d = day % 100;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The day `days` later (or earlier, when negative), across month and year ends. */
export function addDays(day: Day, days: number): Day {
  if (day >= OPEN_END) return OPEN_END;
  const y = Math.floor(day / 10000);
  const m = Math.floor(day / 100) % 100;
  const d = day % 100;
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

/** Whether the spell [start, end] holds on the day. */
export function holdsOn(start: Day, end: Day, day: Day): boolean {
  return start <= day && day <= end;
}

/**
 * A day from `YYYY-MM-DD` text that names a real calendar day (1914-02-30 is refused);
 * undefined otherwise.
 */
export function parseIsoDay(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const day = Number(match[1]) * 10000 + Number(match[2]) * 100 + Number(match[3]);
  return addDays(day, 0) === day ? day : undefined;
}

/** Years from `earlier` to `later` (fractional, by days over 365.25; 0 when not later). */
export function yearsBetween(earlier: Day, later: Day): number {
  if (later <= earlier) return 0;
  return (utcMs(later) - utcMs(earlier)) / (365.25 * 86400000);
}

function utcMs(day: Day): number {
  return Date.UTC(Math.floor(day / 10000), (Math.floor(day / 100) % 100) - 1, day % 100);
}
