/**
 * Numbers as the generated file writes them. The importer rounds every derived number once,
 * here, and uses the rounded value both in the text and in the `Scenario` it hands the model,
 * so a file read back gives exactly the model input the back-test evaluated.
 */

/**
 * Rounds down to `digits` significant digits. Down, so that CINC shares that add up to 1 in
 * the data still add up to at most 1 in the file (the checker warns above 1).
 */
export function floorSignificant(value: number, digits: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 0;
  const decimals = decimalsFor(value, digits);
  const factor = 10 ** decimals;
  // The small epsilon keeps 0.158 from flooring to 0.1579 through binary representation.
  return Number((Math.floor(value * factor * (1 + 1e-12)) / factor).toFixed(decimals));
}

/** The value written with `digits` significant digits and no exponent: 0.0000002438. */
export function significantText(value: number, digits: number): string {
  if (value === 0) return '0';
  return value.toFixed(Math.min(20, decimalsFor(value, digits)));
}

/** Rounds to a fixed number of decimals (offense and intent: 2). */
export function roundTo(value: number, decimals: number): number {
  // k / 10^d is the double closest to the decimal k / 10^d, so the value reads back from its
  // text unchanged; and it is several times faster than Number(value.toFixed(d)).
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A whole number with thousands separators for comments: 1,380. */
export function countText(value: number): string {
  // By hand: toLocaleString is slow enough to show when a back-test writes 30,000 of these.
  const digits = String(Math.round(Math.abs(value)));
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ',';
    grouped += digits[i];
  }
  return value < 0 ? `-${grouped}` : grouped;
}

function decimalsFor(value: number, digits: number): number {
  return Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value))));
}
