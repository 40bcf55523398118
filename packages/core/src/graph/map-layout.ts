/**
 * The map: states placed by their capitals in a projection fitted to the scenario, over
 * today's land, drawn faintly.
 *
 * A regional scenario (every capital within 50 degrees of their centre) uses a Lambert
 * azimuthal equal-area projection centred on it, which keeps areas and, near the centre,
 * shapes; a wider one uses the Natural Earth projection centred on its longitude. Either is
 * fitted to the capitals, so a scenario of three neighbours fills the picture as the world
 * does. Discs that would overlap are pushed apart by d3-force's collision force while a
 * second force pulls each back to its capital; a disc moved further than its radius keeps a
 * thin line to its capital.
 */
import { forceCollide, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { geoAzimuthalEqualArea, geoDistance, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { StateId } from '../scenario.js';
import { runForces } from './force-run.js';
import type { Layout, LayoutInput, PlacedState } from './layout.js';
import { worldOutlines } from './world-atlas.js';

/** Room left around the capitals for discs and labels, in px. */
const PAD_X = 80;
const PAD_Y = 34;

interface Node extends SimulationNodeDatum {
  readonly id: StateId;
  readonly r: number;
  readonly room: number;
  readonly ax: number;
  readonly ay: number;
  /** For a state placed at the edge: the direction of its capital, in radians. */
  readonly far: number | undefined;
}

/**
 * Places `states` (every one with a capital) on a map `width` px wide; `context` states are
 * projected too, without moving, and those outside the drawing area are reported.
 */
export function mapLayout(
  states: readonly LayoutInput[],
  context: readonly LayoutInput[],
  width: number,
): Layout {
  const all = states.map((s) => [s.capital!.lon, s.capital!.lat] as [number, number]);
  const far = farAway(all);
  const points = all.filter((_, i) => !far.has(i));
  const [lon0, lat0] = centre(points);
  const spread = Math.max(0, ...points.map((p) => (geoDistance(p, [lon0, lat0]) * 180) / Math.PI));
  const projection: GeoProjection =
    spread > 50 ? geoNaturalEarth1().rotate([-lon0, 0]) : geoAzimuthalEqualArea().rotate([-lon0, -lat0]);
  // A few points around the centre keep a scenario of one or two capitals from zooming in to a city.
  const margin = Math.max(3, spread * 0.08);
  const fitted = {
    type: 'MultiPoint' as const,
    coordinates: [
      ...points,
      [lon0 - margin, lat0],
      [lon0 + margin, lat0],
      [lon0, lat0 - margin],
      [lon0, lat0 + margin],
    ],
  };
  // Fit to the width first, then give the map the height its capitals need, within limits.
  projection.fitWidth(width - 2 * PAD_X, fitted);
  const ys = fitted.coordinates.map((c) => projection(c as [number, number])?.[1] ?? 0);
  const natural = Math.max(...ys) - Math.min(...ys);
  const height = Math.round(Math.min(0.85 * width, Math.max(0.45 * width, natural + 2 * PAD_Y)));
  projection.fitExtent(
    [
      [PAD_X, PAD_Y],
      [width - PAD_X, height - PAD_Y],
    ],
    fitted,
  );

  const [cx, cy] = projection([lon0, lat0]) ?? [width / 2, height / 2];
  const nodes: Node[] = states.map((s, i) => {
    const [px, py] = projection([s.capital!.lon, s.capital!.lat]) ?? [cx, cy];
    // A state far from the rest sits at the edge, on the line from the centre towards its capital.
    const [x, y] = far.has(i) ? toEdge(cx, cy, px, py, s.r, width, height) : [px, py];
    return {
      id: s.id,
      r: s.r,
      room: s.room,
      ax: x,
      ay: y,
      x,
      y,
      far: far.has(i) ? Math.atan2(py - cy, px - cx) : undefined,
    };
  });
  runForces(
    nodes,
    [
      forceX<Node>((n) => n.ax).strength(0.25),
      forceY<Node>((n) => n.ay).strength(0.25),
      forceCollide<Node>((n) => n.r + n.room)
        .strength(0.9)
        .iterations(3),
    ],
    160,
    // Done once no two discs overlap by more than half a pixel and none is still moving much.
    () => !moving(nodes) && !overlapping(nodes),
  );
  const placed = new Map<StateId, PlacedState>();
  for (const n of nodes) {
    // Keep discs inside the drawing area: a pushed-out disc would lose its label.
    const x = clamp(n.x!, n.r + 2, width - n.r - 2);
    const y = clamp(n.y!, n.r + 2, height - n.r - 2);
    const moved = n.far === undefined && Math.hypot(x - n.ax, y - n.ay) > n.r;
    placed.set(n.id, {
      id: n.id,
      x,
      y,
      r: n.r,
      ...(moved ? { capital: { x: n.ax, y: n.ay } } : {}),
      ...(n.far !== undefined ? { towards: n.far } : {}),
    });
  }
  const outside = new Set<StateId>();
  for (const s of context) {
    const p = s.capital ? projection([s.capital.lon, s.capital.lat]) : null;
    if (!p || p[0] < 0 || p[0] > width || p[1] < 0 || p[1] > height) {
      outside.add(s.id);
      continue;
    }
    placed.set(s.id, { id: s.id, x: p[0], y: p[1], r: s.r });
  }

  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);
  const world = worldOutlines();
  return {
    kind: 'map',
    height,
    states: placed,
    land: { land: path(world.land) ?? '', borders: path(world.borders) ?? '' },
    outside,
  };
}

/**
 * The capitals far from all the others (a distant great power in a regional scenario): more
 * than 25 degrees and three times the median distance from the centre, in a scenario whose
 * median distance is at most 20 degrees (a region); at most two, or a sixth of the states.
 */
function farAway(points: readonly [number, number][]): Set<number> {
  const far = new Set<number>();
  if (points.length < 4) return far;
  const [lon, lat] = centre(points);
  const distance = points.map((p) => (geoDistance(p, [lon, lat]) * 180) / Math.PI);
  const sorted = [...distance].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  // Only a regional scenario has outliers: in one spread over the world, nothing is far.
  if (median > 20) return far;
  const limit = Math.max(25, 3 * median);
  distance.forEach((d, i) => {
    if (d > limit) far.add(i);
  });
  return far.size <= Math.max(2, points.length / 6) ? far : new Set();
}

/** The point where the ray from (cx, cy) through (px, py) leaves the drawing area, less `r`. */
function toEdge(
  cx: number,
  cy: number,
  px: number,
  py: number,
  r: number,
  width: number,
  height: number,
): [number, number] {
  const dx = px - cx;
  const dy = py - cy;
  const inset = r + 22; // room for the pointer beyond the disc
  const tx = dx > 0 ? (width - inset - cx) / dx : dx < 0 ? (inset - cx) / dx : Infinity;
  const ty = dy > 0 ? (height - inset - cy) / dy : dy < 0 ? (inset - cy) / dy : Infinity;
  const t = Math.min(tx, ty, 1e6);
  if (!Number.isFinite(t) || t <= 0) return [cx, cy];
  return [cx + dx * t, cy + dy * t];
}

/** The centre of the points on the sphere (the mean of their unit vectors), as [lon, lat]. */
function centre(points: readonly [number, number][]): [number, number] {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const [lon, lat] of points) {
    const l = (lon * Math.PI) / 180;
    const p = (lat * Math.PI) / 180;
    x += Math.cos(p) * Math.cos(l);
    y += Math.cos(p) * Math.sin(l);
    z += Math.sin(p);
  }
  const h = Math.hypot(x, y);
  if (h < 1e-9 && Math.abs(z) < 1e-9) return [0, 0];
  return [(Math.atan2(y, x) * 180) / Math.PI, (Math.atan2(z, h) * 180) / Math.PI];
}

function moving(nodes: readonly Node[]): boolean {
  return nodes.some((n) => Math.abs(n.vx!) + Math.abs(n.vy!) > 0.2);
}

function overlapping(nodes: readonly Node[]): boolean {
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      if (Math.hypot(a.x! - b.x!, a.y! - b.y!) < a.r + b.r + a.room + b.room - 0.5) return true;
    }
  return false;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
