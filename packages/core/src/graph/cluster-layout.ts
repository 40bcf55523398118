/**
 * The clustered layout, for scenarios whose capitals are not all known: each coalition is a
 * cluster, states that take a side alone and neutral states form clusters of their own.
 *
 * Cluster centres sit on a circle, the largest cluster first; d3-force pulls each state to its
 * cluster's centre, keeps discs (and room for their labels) apart and pushes clusters from each
 * other. Start positions are a fixed spiral and the random source is seeded, so the same
 * scenario always gives the same picture. The result is scaled into the drawing area, the
 * discs with it when it must be drawn smaller.
 */
import { forceCollide, forceManyBody, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { StateId } from '../scenario.js';
import { runForces } from './force-run.js';
import type { Layout, LayoutInput, PlacedState } from './layout.js';

interface Node extends SimulationNodeDatum {
  readonly id: StateId;
  readonly r: number;
  readonly cx: number;
  readonly cy: number;
}

const PAD = 70;

/** Places `states` in clusters by `group`, in a drawing area `width` px wide. */
export function clusterLayout(states: readonly LayoutInput[], width: number): Layout {
  const groups = [...new Set(states.map((s) => s.group))];
  const size = (g: number) => states.filter((s) => s.group === g).length;
  groups.sort((a, b) => size(b) - size(a) || a - b);
  // Cluster centres on an ellipse (one cluster: the middle), as far apart as the states need,
  // in a frame scaled later.
  const spacing = 50 + 25 * Math.sqrt(states.length);
  const ring = groups.length === 1 ? 0 : 1;
  const centreOf = new Map(
    groups.map((g, i) => {
      // Two clusters side by side (pictures are wider than tall); more around a circle from the top.
      const angle = (groups.length === 2 ? Math.PI : -Math.PI / 2) + (2 * Math.PI * i) / groups.length;
      return [g, { x: ring * Math.cos(angle) * spacing * 1.4, y: ring * Math.sin(angle) * spacing }];
    }),
  );
  const spread = new Map<number, number>();
  const nodes: Node[] = states.map((s) => {
    const c = centreOf.get(s.group)!;
    const k = spread.get(s.group) ?? 0;
    spread.set(s.group, k + 1);
    // A sunflower spiral around the cluster's centre: evenly spaced, and the same every time.
    const radius = 12 * Math.sqrt(k + 0.5);
    const angle = k * Math.PI * (3 - Math.sqrt(5));
    return {
      id: s.id,
      r: s.r,
      cx: c.x,
      cy: c.y,
      x: c.x + radius * Math.cos(angle),
      y: c.y + radius * Math.sin(angle),
    };
  });
  runForces(
    nodes,
    [
      forceX<Node>((n) => n.cx).strength(0.12),
      forceY<Node>((n) => n.cy).strength(0.12),
      forceManyBody<Node>().strength(-40),
      forceCollide<Node>((n) => n.r + 16)
        .strength(0.9)
        .iterations(3),
    ],
    300,
  );
  // Scale the positions into the drawing area, and the height to what the clusters need. Discs
  // shrink with the positions when the clusters must be drawn smaller, so they never overlap.
  const minX = Math.min(...nodes.map((n) => n.x! - n.r));
  const maxX = Math.max(...nodes.map((n) => n.x! + n.r));
  const minY = Math.min(...nodes.map((n) => n.y! - n.r));
  const maxY = Math.max(...nodes.map((n) => n.y! + n.r));
  const maxHeight = Math.round(width * 0.85);
  const scale = Math.min(
    (width - 2 * PAD) / Math.max(1, maxX - minX),
    (maxHeight - 2 * PAD) / Math.max(1, maxY - minY),
    1.4,
  );
  const height = Math.round(Math.max(width * 0.4, Math.min(maxHeight, (maxY - minY) * scale + 2 * PAD)));
  const shrink = Math.min(1, scale);
  const ox = width / 2 - ((minX + maxX) / 2) * scale;
  const oy = height / 2 - ((minY + maxY) / 2) * scale;
  const placed = new Map<StateId, PlacedState>(
    nodes.map((n) => [
      n.id,
      { id: n.id, x: ox + n.x! * scale, y: oy + n.y! * scale, r: Math.max(3, n.r * shrink) },
    ]),
  );
  return { kind: 'clusters', height, states: placed, outside: new Set() };
}
