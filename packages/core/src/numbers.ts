/**
 * Small numeric guards. The model never throws on user input, so every number read from a
 * scenario passes through one of these before it is used.
 */

/** `value` when it is a finite number, otherwise `fallback`. */
export function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** `value` clamped to [min, max]; NaN becomes `min`. */
export function clamp(value: number, min: number, max: number): number {
  if (!(value >= min)) return min;
  return value > max ? max : value;
}

/** A factor value in [0, 1], or `fallback` when the input is not a finite number. */
export function unitOr(value: unknown, fallback: number): number {
  return clamp(finiteOr(value, fallback), 0, 1);
}
