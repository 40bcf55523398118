/**
 * Label placement: each state's name beside its disc, where it overlaps no other label, no
 * disc and nothing outside the drawing area.
 *
 * A greedy candidate-position placement (the standard method for point labels on maps,
 * Christensen, Marks and Shieber 1995, in its simplest form): labels are placed in order of
 * importance (the focus state, then by power), each at the first of sixteen positions around
 * its disc that collides with nothing already placed: the eight positions next to the disc
 * first, and among those that fit, the one crossing fewest lines; the eight a little further
 * out only when none of the first fits. A label that fits nowhere is left
 * out and counted; its state keeps its name in the disc's tooltip.
 */
import type { StateId } from '../scenario.js';
import { boxHitsDisc, boxesOverlap, type Box } from './svg.js';
import { textWidth } from './text-metrics.js';

/** A label to place beside a disc. */
export interface LabelRequest {
  readonly id: StateId;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly fontSize: number;
  readonly bold: boolean;
}

/** A label where it will be written. */
export interface PlacedLabel {
  readonly id: StateId;
  readonly text: string;
  /** Where the text is written: its left end, on the baseline. */
  readonly x: number;
  readonly y: number;
  readonly fontSize: number;
  readonly bold: boolean;
  /** The box the text stays inside. */
  readonly box: Box;
}

/** What labels must not cover (discs, the area's edge) or should avoid (lines). */
export interface Obstacles {
  readonly discs: readonly { readonly x: number; readonly y: number; readonly r: number }[];
  /** Lines as polylines; a label may cross one, but fewer is better. */
  readonly lines: readonly (readonly [number, number][])[];
  readonly area: Box;
}

/** Directions around a disc, preferred first: right, left, above, below, then the diagonals. */
const DIRECTIONS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];

/** Places `requests` in the order given; returns the labels placed and the ids left out. */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: Obstacles,
): { placed: PlacedLabel[]; omitted: StateId[] } {
  const placed: PlacedLabel[] = [];
  const omitted: StateId[] = [];
  for (const request of requests) {
    const width = textWidth(request.text, request.fontSize, request.bold);
    const height = request.fontSize * 1.25;
    // The ring next to the disc whenever anything fits there: a label further out is read as
    // another state's. Within a ring, the position crossing fewest lines.
    let best: { box: Box; crossings: number } | undefined;
    // The focus state's name (bold) may go further out rather than be left out.
    for (const gap of request.bold ? [3, 12, 26, 44] : [3, 12]) {
      for (const [dx, dy] of DIRECTIONS) {
        const box = candidate(request, width, height, dx, dy, gap);
        if (!fits(box, request, obstacles, placed)) continue;
        const crossings = countCrossings(box, obstacles.lines);
        if (!best || crossings < best.crossings) best = { box, crossings };
        if (crossings === 0) break;
      }
      if (best) break;
    }
    if (!best) {
      omitted.push(request.id);
      continue;
    }
    placed.push({
      id: request.id,
      text: request.text,
      x: best.box.x,
      // The baseline sits a fifth of the em above the box's bottom, leaving room for descenders.
      y: best.box.y + best.box.height - request.fontSize * 0.3,
      fontSize: request.fontSize,
      bold: request.bold,
      box: best.box,
    });
  }
  return { placed, omitted };
}

function candidate(
  request: LabelRequest,
  width: number,
  height: number,
  dx: number,
  dy: number,
  gap: number,
): Box {
  const diagonal = dx !== 0 && dy !== 0 ? Math.SQRT1_2 : 1;
  const ex = request.x + dx * (request.r * diagonal + gap);
  const ey = request.y + dy * (request.r * diagonal + gap);
  const x = dx > 0 ? ex : dx < 0 ? ex - width : ex - width / 2;
  const y = dy > 0 ? ey : dy < 0 ? ey - height : ey - height / 2;
  return { x, y, width, height };
}

function fits(
  box: Box,
  request: LabelRequest,
  obstacles: Obstacles,
  placed: readonly PlacedLabel[],
): boolean {
  const area = obstacles.area;
  if (box.x < area.x || box.y < area.y || box.x + box.width > area.x + area.width) return false;
  if (box.y + box.height > area.y + area.height) return false;
  for (const label of placed) if (boxesOverlap(box, label.box)) return false;
  for (const disc of obstacles.discs) if (boxHitsDisc(box, disc.x, disc.y, disc.r + 1)) return false;
  return true;
}

/** How many of the lines pass through the box (each line counted once). */
function countCrossings(box: Box, lines: readonly (readonly [number, number][])[]): number {
  let count = 0;
  for (const line of lines) {
    if (line.some(([x, y]) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height))
      count++;
  }
  return count;
}
