/**
 * Distances and proximity factors for every pair of states. Proximity factors sit in a flat
 * typed array indexed `observer * n + target`; distances are worked out again on request, for
 * explanations, so that an evaluation stores one n^2 array here rather than three.
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

/**
 * Where the states are, relative to each other: reach, the distance of each pair and the proximity
 * factor it gives, with the basis of each (border, sea link, stated distance, capitals).
 */
export interface Geography {
  readonly n: number;
  /** Each state's reach in km. */
  readonly reach: Float64Array;
  /** Proximity factor x of the target as seen by the observer, on the target's reach. */
  readonly proximity: Float64Array;
  /** The distance in km used for a pair (0 for a land border). */
  distanceOf(a: number, b: number): number;
  sourceOf(a: number, b: number): DistanceSource;
}

interface LinkFact {
  readonly kind: 'land' | 'sea' | 'distance';
  /** Effective distance: 0 for land, the crossing plus the allowance for sea. */
  readonly km: number;
}

/** Computes proximity factors for all pairs. O(n^2) time, one n^2 array. */
export function buildGeography(
  table: StateTable,
  links: readonly GeoLink[],
  settings: ModelSettings,
): Geography {
  const n = table.size;
  const linked = readLinks(table, links, settings['sea-crossing']);

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
  const capitalKm = (i: number, j: number): number => {
    const dx = ux[i]! - ux[j]!;
    const dy = uy[i]! - uy[j]!;
    const dz = uz[i]! - uz[j]!;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt((dx * dx + dy * dy + dz * dz) / 4)));
  };
  const defaultKm = settings['default-distance'];
  const unlinkedKm = (i: number, j: number): number =>
    hasCapital[i] === 1 && hasCapital[j] === 1 ? capitalKm(i, j) : defaultKm;

  const reach = new Float64Array(n);
  for (let j = 0; j < n; j++) reach[j] = reachKm(table.facts[j]!.reach, settings);
  const proximity = new Float64Array(n * n);
  // 1 / R for each state, so the gradient 1 / (1 + d / R) costs a multiplication, not a division.
  const inverseReach = new Float64Array(n);
  for (let j = 0; j < n; j++) inverseReach[j] = 1 / reach[j]!;
  const diameter = 2 * EARTH_RADIUS_KM;
  for (let i = 0; i < n; i++) {
    const row = i * n;
    proximity[row + i] = 1;
    const ri = inverseReach[i]!;
    const xi = ux[i]!;
    const yi = uy[i]!;
    const zi = uz[i]!;
    const capital = hasCapital[i] === 1;
    for (let j = i + 1; j < n; j++) {
      let km = defaultKm;
      if (capital && hasCapital[j] === 1) {
        const dx = xi - ux[j]!;
        const dy = yi - uy[j]!;
        const dz = zi - uz[j]!;
        km = diameter * Math.asin(Math.min(1, Math.sqrt((dx * dx + dy * dy + dz * dz) / 4)));
      }
      // Proximity of j as seen by i runs on j's reach, and the other way round on i's.
      proximity[row + j] = 1 / (1 + km * inverseReach[j]!);
      proximity[j * n + i] = 1 / (1 + km * ri);
    }
  }
  // Linked pairs are few; they overwrite the capital or default distance afterwards.
  for (const [pair, link] of linked) {
    const i = Math.floor(pair / n);
    const j = pair % n;
    proximity[i * n + j] = link.kind === 'land' ? 1 : gradient(link.km, reach[j]!);
    proximity[j * n + i] = link.kind === 'land' ? 1 : gradient(link.km, reach[i]!);
  }

  const linkOf = (a: number, b: number) => linked.get(Math.min(a, b) * n + Math.max(a, b));
  return {
    n,
    reach,
    proximity,
    distanceOf: (a, b) => (a === b ? 0 : (linkOf(a, b)?.km ?? unlinkedKm(a, b))),
    sourceOf: (a, b) => {
      if (a === b) return 'self';
      const link = linkOf(a, b);
      if (link !== undefined) return link.kind;
      return hasCapital[a] === 1 && hasCapital[b] === 1 ? 'capitals' : 'default';
    },
  };
}

/** The best link of each linked pair, keyed `min * n + max`: a land border, else the shortest distance. */
function readLinks(table: StateTable, links: readonly GeoLink[], seaCrossing: number): Map<number, LinkFact> {
  const n = table.size;
  const linked = new Map<number, LinkFact>();
  for (const link of links ?? []) {
    if (link === null || typeof link !== 'object') continue;
    const a = table.indexOf(link.a);
    const b = table.indexOf(link.b);
    if (a < 0 || b < 0 || a === b) continue;
    let fact: LinkFact;
    if (link.kind === 'land') {
      fact = { kind: 'land', km: 0 };
    } else if (link.kind === 'sea' || link.kind === 'distance') {
      if (!Number.isFinite(link.km) || link.km < 0) continue;
      fact = { kind: link.kind, km: link.kind === 'sea' ? link.km + seaCrossing : link.km };
    } else {
      continue;
    }
    const pair = Math.min(a, b) * n + Math.max(a, b);
    const known = linked.get(pair);
    if (known === undefined || (known.kind !== 'land' && (fact.kind === 'land' || fact.km < known.km)))
      linked.set(pair, fact);
  }
  return linked;
}
