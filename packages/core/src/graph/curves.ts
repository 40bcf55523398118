/**
 * The geometry of the graph's lines: quadratic curves from the edge of one disc to the edge of
 * another, bent to go around the discs in between.
 *
 * Every curve bends to its left by default, so the two arrows of a pair that point at each
 * other take opposite sides and never overlap. When a disc lies in the way, larger bends and
 * then bends to the right are tried, and the one passing through the fewest discs is kept.
 * The curve starts and ends where it meets the discs' edges, so arrowheads stay outside the
 * target's disc.
 */

/** A state's disc in the picture: its centre and radius, in pixels. */
export interface Disc {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** A quadratic curve between two discs, with points along it. */
export interface Curve {
  /** Start, control point and end of the quadratic curve. */
  readonly start: readonly [number, number];
  readonly control: readonly [number, number];
  readonly end: readonly [number, number];
  /** Points along the curve, for collision tests. */
  readonly samples: [number, number][];
}

/** Bends tried, as a fraction of the distance between the discs; positive bends to the left. */
const BENDS = [0.16, 0.3, 0.45, -0.16, -0.3, -0.45, 0.6];
const SAMPLES = 24;

/** The drawing area a curve should stay inside. */
export interface Area {
  readonly width: number;
  readonly height: number;
}

/**
 * A curve from disc `a` to disc `b` that avoids `others` and stays inside `area` where it can,
 * ending `gap` px before `b`'s edge; `bend`, when given, is the only bend tried.
 */
export function curveBetween(
  a: Disc,
  b: Disc,
  others: readonly Disc[],
  gap: number,
  area: Area,
  bend?: number,
): Curve {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.max(1, Math.hypot(dx, dy));
  const nx = -dy / length;
  const ny = dx / length;
  const near = others.filter(
    (d) =>
      d !== a && d !== b && Math.hypot(d.x - (a.x + b.x) / 2, d.y - (a.y + b.y) / 2) < length * 0.75 + d.r,
  );
  let best: Curve | undefined;
  let bestHits = Infinity;
  for (const fraction of bend === undefined ? BENDS : [bend]) {
    const control: [number, number] = [
      (a.x + b.x) / 2 + nx * fraction * length,
      (a.y + b.y) / 2 + ny * fraction * length,
    ];
    const curve = trimmed(a, b, control, gap);
    // A curve leaving the drawing area would be cut off: it counts as passing through discs.
    const outside = curve.samples.some(([x, y]) => x < 0 || y < 0 || x > area.width || y > area.height);
    const hits =
      near.filter((d) => curve.samples.some(([x, y]) => Math.hypot(x - d.x, y - d.y) < d.r + 2)).length +
      (outside ? others.length + 1 : 0);
    if (hits < bestHits) {
      best = curve;
      bestHits = hits;
      if (hits === 0) break;
    }
  }
  return best!;
}

/** The curve through `control`, cut where it leaves disc `a` and where it reaches disc `b` less `gap`. */
function trimmed(a: Disc, b: Disc, control: [number, number], gap: number): Curve {
  const start = towards(a, control, a.r + 1);
  const end = towards(b, control, b.r + gap);
  const samples: [number, number][] = [];
  for (let i = 0; i <= SAMPLES; i++) samples.push(pointAt(start, control, end, i / SAMPLES));
  return { start, control, end, samples };
}

function towards(disc: Disc, point: readonly [number, number], distance: number): [number, number] {
  const dx = point[0] - disc.x;
  const dy = point[1] - disc.y;
  const length = Math.max(1e-9, Math.hypot(dx, dy));
  return [disc.x + (dx / length) * distance, disc.y + (dy / length) * distance];
}

/** The point at `t` in [0, 1] along a quadratic curve. */
export function pointAt(
  p0: readonly [number, number],
  c: readonly [number, number],
  p1: readonly [number, number],
  t: number,
): [number, number] {
  const u = 1 - t;
  return [u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1]];
}

/** The unit direction in which the curve arrives at its end. */
export function endDirection(curve: Curve): [number, number] {
  const dx = curve.end[0] - curve.control[0];
  const dy = curve.end[1] - curve.control[1];
  const length = Math.max(1e-9, Math.hypot(dx, dy));
  return [dx / length, dy / length];
}

/**
 * The curves arriving at `target`, their ends moved around its edge so that no two arrive
 * closer than an arrowhead's width: ordered by the angle they arrive at (starting after the
 * widest empty arc, so that the order does not wrap), pushed apart in turn, then turned back so
 * that their mean angle is unchanged; when that would go all round, spaced evenly instead. The
 * start and control point of each curve stay; only the last part bends.
 */
export function spreadEnds(curves: readonly Curve[], target: Disc, gap: number): Curve[] {
  if (curves.length < 2) return [...curves];
  const n = curves.length;
  const radius = target.r + gap;
  const full = 2 * Math.PI;
  // As far apart as an arrowhead is wide, but never so far that the group would go all round.
  const separation = Math.min(Math.PI / 4, 16 / radius, full / n);
  const angles = curves.map((c) => Math.atan2(c.end[1] - target.y, c.end[0] - target.x));
  const order = angles
    .map((a, i) => ({ a: ((a % full) + full) % full, i }))
    .sort((x, y) => x.a - y.a || x.i - y.i);
  // Start after the widest empty arc between neighbours.
  let cut = 0;
  let widest = -1;
  order.forEach((o, k) => {
    const next = order[(k + 1) % n]!.a + (k + 1 === n ? full : 0);
    if (next - o.a > widest) [widest, cut] = [next - o.a, (k + 1) % n];
  });
  const sorted = [...order.slice(cut), ...order.slice(0, cut)];
  const base = sorted[0]!.a;
  const original = sorted.map((o) => (o.a - base + full) % full);
  const spread = [...original];
  for (let k = 1; k < n; k++) spread[k] = Math.max(spread[k]!, spread[k - 1]! + separation);
  const shift = (spread.reduce((a, b) => a + b, 0) - original.reduce((a, b) => a + b, 0)) / n;
  const even = spread[n - 1]! - spread[0]! > full - separation;
  const out = [...curves];
  sorted.forEach((o, k) => {
    const angle = base + (even ? (k * full) / n : spread[k]! - shift);
    const curve = curves[o.i]!;
    const end: [number, number] = [target.x + radius * Math.cos(angle), target.y + radius * Math.sin(angle)];
    const samples: [number, number][] = [];
    for (let t = 0; t <= SAMPLES; t++) samples.push(pointAt(curve.start, curve.control, end, t / SAMPLES));
    out[o.i] = { start: curve.start, control: curve.control, end, samples };
  });
  return out;
}
