/**
 * Distances and proximity factors for every pair of states, in flat typed arrays indexed
 * `observer * n + target`.
 *
 * The distance between two states is the shortest one the scenario gives: a land border (0),
 * a sea crossing (its length plus the `sea-crossing` allowance for the stopping power of
 * water), an explicit distance; failing those, the great-circle distance between capitals;
 * failing that, `default-distance`. Links naming unknown states or carrying bad numbers are
 * ignored, never fatal.
 */
import type { GeoLink } from './scenario.js';
import type { ModelSettings } from './settings.js';
import type { StateTable } from './state-table.js';
import { EARTH_RADIUS_KM, gradient, reachKm, validPoint } from './factors.js';

/** Where a pair's distance came from. */
export type DistanceSource = 'self' | 'land' | 'sea' | 'distance' | 'capitals' | 'default';
const SOURCES: readonly DistanceSource[] = ['self', 'land', 'sea', 'distance', 'capitals', 'default'];
const SELF = 0;
const LAND = 1;
const SEA = 2;
const DISTANCE = 3;
const CAPITALS = 4;
const DEFAULT = 5;

export interface Geography {
  readonly n: number;
  /** Each state's reach in km. */
  readonly reach: Float64Array;
  /** Distance in km used for each pair (0 for a land border). Symmetric. */
  readonly distance: Float64Array;
  /** Proximity factor x of the target as seen by the observer, on the target's reach. */
  readonly proximity: Float64Array;
  sourceOf(observer: number, target: number): DistanceSource;
}

/** Computes distances and proximity factors for all pairs. O(n^2) time and memory. */
export function buildGeography(table: StateTable, links: readonly GeoLink[], settings: ModelSettings): Geography {
  const n = table.size;
  const distance = new Float64Array(n * n).fill(Infinity);
  const source = new Uint8Array(n * n);
  const seaCrossing = settings['sea-crossing'];

  for (const link of links ?? []) {
    if (link === null || typeof link !== 'object') continue;
    const a = table.indexOf(link.a);
    const b = table.indexOf(link.b);
    if (a < 0 || b < 0 || a === b) continue;
    let kind: number;
    let km: number;
    if (link.kind === 'land') {
      kind = LAND;
      km = 0;
    } else if (link.kind === 'sea' || link.kind === 'distance') {
      if (!Number.isFinite(link.km) || link.km < 0) continue;
      kind = link.kind === 'sea' ? SEA : DISTANCE;
      km = link.kind === 'sea' ? link.km + seaCrossing : link.km;
    } else {
      continue;
    }
    const ab = a * n + b;
    // A land border always wins; otherwise the shorter of the stated distances.
    if (source[ab] === LAND) continue;
    if (kind === LAND || km < distance[ab]!) {
      distance[ab] = distance[b * n + a] = km;
      source[ab] = source[b * n + a] = kind;
    }
  }

  // Capitals as unit vectors: the haversine term sin^2(theta/2) equals (chord / 2)^2, so the
  // great-circle distance comes from one square root and one arcsine per pair instead of four
  // trigonometric calls (same formula as `greatCircleKm`, which the tests compare it with).
  const ux = new Float64Array(n);
  const uy = new Float64Array(n);
  const uz = new Float64Array(n);
  const hasCapital = new Uint8Array(n);
  const rad = Math.PI / 180;
  for (let i = 0; i < n; i++) {
    const capital = table.facts[i]!.capital;
    if (!validPoint(capital)) continue;
    const lat = capital.lat * rad;
    const lon = capital.lon * rad;
    ux[i] = Math.cos(lat) * Math.cos(lon);
    uy[i] = Math.cos(lat) * Math.sin(lon);
    uz[i] = Math.sin(lat);
    hasCapital[i] = 1;
  }

  const defaultKm = settings['default-distance'];
  for (let i = 0; i < n; i++) {
    const row = i * n;
    distance[row + i] = 0;
    source[row + i] = SELF;
    for (let j = i + 1; j < n; j++) {
      if (source[row + j] !== 0) continue;
      let km: number;
      let kind: number;
      if (hasCapital[i] === 1 && hasCapital[j] === 1) {
        const dx = ux[i]! - ux[j]!;
        const dy = uy[i]! - uy[j]!;
        const dz = uz[i]! - uz[j]!;
        const h = (dx * dx + dy * dy + dz * dz) / 4;
        km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
        kind = CAPITALS;
      } else {
        km = defaultKm;
        kind = DEFAULT;
      }
      distance[row + j] = distance[j * n + i] = km;
      source[row + j] = source[j * n + i] = kind;
    }
  }

  const reach = new Float64Array(n);
  for (let j = 0; j < n; j++) reach[j] = reachKm(table.facts[j]!.reach, settings);
  const proximity = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let j = 0; j < n; j++) {
      const k = row + j;
      proximity[k] = source[k] === LAND || i === j ? 1 : gradient(distance[k]!, reach[j]!);
    }
  }

  return {
    n,
    reach,
    distance,
    proximity,
    sourceOf: (observer, target) => SOURCES[source[observer * n + target]!] ?? 'default',
  };
}
