/**
 * The one way the product writes numbers in prose (and a possessive): fixed decimals that
 * never read "-0.00", whole numbers with thousands separated, distances, percentages.
 * Locale-free on purpose: the same input must give the same text on every machine, because the
 * CLI, editor and bot output is compared against fixtures. Every package formats numbers for
 * readers through these functions instead of calling `toFixed` itself.
 */

/**
 * `value` with `digits` decimals; never prints "-0.00", and prints "inf", "-inf" or "n/a" for
 * values that are not finite.
 *
 * @example
 * fixed(0.6449); // "0.64"
 * fixed(-0.0001); // "0.00", not "-0.00"
 */
export function fixed(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : value < 0 ? '-inf' : 'n/a';
  const text = value.toFixed(digits);
  return value < 0 && Number(text) === 0 ? text.slice(1) : text;
}

/**
 * `value` rounded to at most `digits` decimals, without trailing zeros: a number as a person
 * would write it in a `.threat` file or a message.
 *
 * @example
 * trimmed(0.62); // "0.62"
 * trimmed(0.5, 3); // "0.5"
 * trimmed(-0.0001, 3); // "0"
 */
export function trimmed(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return fixed(value);
  return String(Number(fixed(value, digits)));
}

/** A whole number with thousands separated by commas: 12,345. */
export function grouped(value: number): string {
  if (!Number.isFinite(value)) return fixed(value);
  const rounded = Math.round(value);
  const sign = rounded < 0 ? '-' : '';
  return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A distance in km: "1,054 km". */
export function km(value: number): string {
  return `${grouped(value)} km`;
}

/**
 * A share as a percentage: "42%" with the default of no decimals, or with at most `digits`
 * decimals and no trailing zeros ("12.5%", "3%").
 */
export function percent(value: number, digits = 0): string {
  if (digits === 0) return `${Math.round(value * 100)}%`;
  return `${trimmed(value * 100, digits)}%`;
}

/** The possessive of a display name: "Italy's", "Netherlands'". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
