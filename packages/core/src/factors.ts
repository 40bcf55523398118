/**
 * The four sources of threat as numbers in [0, 1], for one observer and one target.
 * Each function here is the formula written in docs/model.md, "The four factors".
 */
import type { GeoPoint, Reach } from './scenario.js';
import type { ModelSettings } from './settings.js';

/**
 * Power factor: the target's share of the pair's combined power, P_j / (P_i + P_j).
 * It is 0.5 between equals, approaches 1 when the target dwarfs the observer and 0 when the
 * observer dwarfs the target: what matters to a state is power relative to its own.
 * Two states without power are equals (0.5).
 */
export function powerFactor(observerPower: number, targetPower: number): number {
  const total = observerPower + targetPower;
  return total > 0 ? targetPower / total : 0.5;
}

/**
 * Proximity factor from a distance: Boulding's loss-of-strength gradient, 1 / (1 + d / R),
 * where R is the target's reach, the distance at which its strength halves.
 */
export function gradient(distanceKm: number, reachKm: number): number {
  return 1 / (1 + Math.max(0, distanceKm) / reachKm);
}

/**
 * The shortest reach the model uses, in km. A reach below it (a denormal from arithmetic, say)
 * would make 1 / reach infinite and a distance of 0 km times it NaN.
 */
export const MIN_REACH_KM = 1;

/** The distance in km at which a state's strength halves: its declared reach, else regional. */
export function reachKm(reach: Reach | undefined, settings: ModelSettings): number {
  if (reach?.kind === 'km' && Number.isFinite(reach.km) && reach.km > 0)
    return Math.max(MIN_REACH_KM, reach.km);
  if (reach?.kind === 'level') {
    if (reach.level === 'local') return settings['reach-local'];
    if (reach.level === 'global') return settings['reach-global'];
  }
  return settings['reach-regional'];
}

/** Mean radius of the Earth in km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

/** A point the model can use: finite latitude in [-90, 90] and finite longitude. */
export function validPoint(point: GeoPoint | undefined): point is GeoPoint {
  return (
    point !== undefined &&
    Number.isFinite(point.lat) &&
    Number.isFinite(point.lon) &&
    Math.abs(point.lat) <= 90
  );
}

/** Great-circle distance in km between two points, by the haversine formula. */
export function greatCircleKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
