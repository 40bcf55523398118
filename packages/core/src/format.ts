/**
 * Number formatting for prose. Locale-free on purpose: the same input must give the same text
 * on every machine, because the CLI, editor and bot output is compared against fixtures.
 */

/** `value` with `digits` decimals; never prints "-0.00". */
export function fixed(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : value < 0 ? '-inf' : 'n/a';
  const text = value.toFixed(digits);
  return value < 0 && Number(text) === 0 ? text.slice(1) : text;
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

/** A share as a percentage with no decimals: "42%". */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** The possessive of a display name: "Italy's", "Netherlands'". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
