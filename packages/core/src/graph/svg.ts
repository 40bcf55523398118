/**
 * Small helpers for writing SVG by hand: escaping, coordinates with one decimal (so the same
 * picture is the same bytes), and rectangles for collision tests.
 */
import { fixed } from '../format.js';

/** Escapes the characters XML reads as markup. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** A coordinate or length as written into the SVG: one decimal, never "-0.0". */
export function px(value: number): string {
  return fixed(value, 1);
}

/** An axis-aligned box. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Whether two boxes share any area. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a box and a disc share any area. */
export function boxHitsDisc(box: Box, cx: number, cy: number, r: number): boolean {
  const nx = Math.max(box.x, Math.min(cx, box.x + box.width));
  const ny = Math.max(box.y, Math.min(cy, box.y + box.height));
  return (nx - cx) ** 2 + (ny - cy) ** 2 < r * r;
}
