/**
 * The legend: one row for each kind of mark and each colour the picture uses, and no row for
 * anything it does not. The panels record what they drew as `LegendEntry`s; this file draws
 * the rows, in a fixed order, flowing into as many columns as the width allows, below the
 * drawing so that it never covers a state or a label.
 */
import { escapeXml, px } from './svg.js';
import { fitText, textWidth } from './text-metrics.js';
import * as colour from './palette.js';

/** The kinds of legend row, one for each kind of mark. */
export type LegendKind =
  | 'coalition'
  | 'alone'
  | 'neutral'
  | 'context'
  | 'focus'
  | 'divergence'
  | 'arrow'
  | 'width'
  | 'threat-line'
  | 'alliance'
  | 'alliance-anomalous'
  | 'capital'
  | 'far'
  | 'land';

/** One legend row, recorded by a panel when it draws the mark. */
export interface LegendEntry {
  readonly kind: LegendKind;
  /** Distinguishes entries of the same kind (a coalition's index, a strategy). */
  readonly key: string;
  readonly text: string;
  /** The fill or line colour the swatch shows. */
  readonly color: string;
  /** For arrows: dashed, and which head. */
  readonly dash?: string;
  readonly head?: 'filled' | 'open' | 'diamond';
}

const ORDER: readonly LegendKind[] = [
  'coalition',
  'alone',
  'neutral',
  'context',
  'focus',
  'divergence',
  'arrow',
  'width',
  'threat-line',
  'alliance',
  'alliance-anomalous',
  'capital',
  'far',
  'land',
];

const FONT = 12;
const ROW = 20;
const SWATCH = 34;

/** The entries to show, each once, in the legend's order. */
export function legendRows(entries: Iterable<LegendEntry>): LegendEntry[] {
  const unique = new Map<string, LegendEntry>();
  for (const entry of entries) {
    const id = `${entry.kind}:${entry.key}`;
    if (!unique.has(id)) unique.set(id, entry);
  }
  return [...unique.values()].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

/** The height the legend needs at `width`. */
export function legendHeight(rows: readonly LegendEntry[], width: number): number {
  if (rows.length === 0) return 0;
  return 24 + Math.ceil(rows.length / columns(rows, width)) * ROW;
}

/** The most columns (up to one per 240 px) in which every row's text fits; one at least. */
function columns(rows: readonly LegendEntry[], width: number): number {
  const widest = Math.max(...rows.map((row) => textWidth(row.text, FONT)));
  for (let cols = Math.max(1, Math.floor(width / 240)); cols > 1; cols--)
    if (width / cols - SWATCH - 16 >= widest) return cols;
  return 1;
}

/** The legend's SVG, its top-left corner at (x, y). */
export function legendSvg(rows: readonly LegendEntry[], x: number, y: number, width: number): string {
  if (rows.length === 0) return '';
  const cols = columns(rows, width);
  const column = width / cols;
  const parts = [
    `<g class="legend">`,
    `<text x="${px(x)}" y="${px(y + 13)}" font-size="${FONT}" font-weight="bold" fill="${colour.TEXT_COLOR}">Legend</text>`,
  ];
  rows.forEach((row, i) => {
    const cx = x + (i % cols) * column;
    const cy = y + 24 + Math.floor(i / cols) * ROW;
    const text = fitText(row.text, column - SWATCH - 16, FONT);
    parts.push(
      `<g class="legend-entry" data-kind="${row.kind}">${swatch(row, cx, cy + 7)}<text x="${px(cx + SWATCH + 8)}" y="${px(cy + 11)}" font-size="${FONT}" fill="${colour.TEXT_COLOR}">${escapeXml(text)}</text></g>`,
    );
  });
  parts.push('</g>');
  return parts.join('');
}

/** The sample mark of one row, centred vertically on `y`. */
function swatch(row: LegendEntry, x: number, y: number): string {
  const mid = x + SWATCH / 2;
  switch (row.kind) {
    case 'coalition':
    case 'alone':
      return `<circle cx="${px(mid)}" cy="${px(y)}" r="6.5" fill="${row.color}" stroke="${colour.DISC_STROKE}" stroke-width="1"/>`;
    case 'neutral':
      return `<circle cx="${px(mid)}" cy="${px(y)}" r="6.5" fill="${colour.NEUTRAL_FILL}" stroke="${colour.NEUTRAL_STROKE}" stroke-width="1.5" stroke-dasharray="2.5 2"/>`;
    case 'context':
      return `<circle cx="${px(mid)}" cy="${px(y)}" r="3" fill="${row.color}"/>`;
    case 'focus':
      return `<circle cx="${px(mid)}" cy="${px(y)}" r="6.5" fill="none" stroke="${row.color}" stroke-width="3"/>`;
    case 'divergence':
      return `<circle cx="${px(mid)}" cy="${px(y)}" r="6.5" fill="none" stroke="${row.color}" stroke-width="2.5" stroke-dasharray="3 2"/>`;
    case 'arrow': {
      const end = x + SWATCH - 2;
      const line = `<line x1="${px(x)}" y1="${px(y)}" x2="${px(end - 8)}" y2="${px(y)}" stroke="${row.color}" stroke-width="2.5"${row.dash ? ` stroke-dasharray="${row.dash}"` : ''}/>`;
      return line + arrowHead(row.head ?? 'filled', end, y, 1, 0, 2.5, row.color);
    }
    case 'width':
      return `<line x1="${px(x)}" y1="${px(y - 4)}" x2="${px(x + SWATCH)}" y2="${px(y - 4)}" stroke="${row.color}" stroke-width="1.5"/><line x1="${px(x)}" y1="${px(y + 3)}" x2="${px(x + SWATCH)}" y2="${px(y + 3)}" stroke="${row.color}" stroke-width="5.5"/>`;
    case 'threat-line':
      return `<line x1="${px(x)}" y1="${px(y)}" x2="${px(x + SWATCH)}" y2="${px(y)}" stroke="${row.color}" stroke-width="2" stroke-dasharray="1.5 3" stroke-linecap="round"/>${badge(mid, y, '1', row.color)}`;
    case 'alliance':
      return `<line x1="${px(x)}" y1="${px(y)}" x2="${px(x + SWATCH)}" y2="${px(y)}" stroke="${row.color}" stroke-width="3" stroke-opacity="0.55" stroke-linecap="round"/>`;
    case 'alliance-anomalous':
      return `<line x1="${px(x)}" y1="${px(y)}" x2="${px(x + SWATCH)}" y2="${px(y)}" stroke="${row.color}" stroke-width="3" stroke-opacity="0.8" stroke-dasharray="6 3"/>${badge(mid, y, '!', row.color)}`;
    case 'capital':
      return `<line x1="${px(x + 4)}" y1="${px(y)}" x2="${px(x + SWATCH - 8)}" y2="${px(y)}" stroke="${row.color}" stroke-width="0.8"/><circle cx="${px(x + 4)}" cy="${px(y)}" r="2" fill="${row.color}"/><circle cx="${px(x + SWATCH - 4)}" cy="${px(y)}" r="4.5" fill="${colour.BACKGROUND}" stroke="${colour.DISC_STROKE}" stroke-width="1"/>`;
    case 'far':
      return `<circle cx="${px(x + 10)}" cy="${px(y)}" r="6" fill="${colour.BACKGROUND}" stroke="${colour.DISC_STROKE}" stroke-width="1"/>${arrowHead('filled', x + 28, y, 1, 0, 0.6, row.color)}`;
    case 'land':
      return `<rect x="${px(x)}" y="${px(y - 6)}" width="${SWATCH}" height="12" fill="${colour.LAND_FILL}" stroke="${colour.BORDER_STROKE}" stroke-width="1"/>`;
  }
}

/** An arrowhead with its tip at (x, y) pointing along (dx, dy), sized for a line of `width`. */
export function arrowHead(
  head: 'filled' | 'open' | 'diamond',
  x: number,
  y: number,
  dx: number,
  dy: number,
  width: number,
  color: string,
): string {
  const length = 7 + width * 1.6;
  const half = 3.5 + width * 0.9;
  const bx = x - dx * length;
  const by = y - dy * length;
  const lx = bx - dy * half;
  const ly = by + dx * half;
  const rx = bx + dy * half;
  const ry = by - dx * half;
  if (head === 'open')
    return `<polyline points="${px(lx)},${px(ly)} ${px(x)},${px(y)} ${px(rx)},${px(ry)}" fill="none" stroke="${color}" stroke-width="${px(Math.max(1.6, width * 0.7))}" stroke-linejoin="miter" stroke-linecap="round"/>`;
  if (head === 'diamond') {
    const mx = x - dx * length * 2;
    const my = y - dy * length * 2;
    return `<polygon points="${px(x)},${px(y)} ${px(lx)},${px(ly)} ${px(mx)},${px(my)} ${px(rx)},${px(ry)}" fill="${color}"/>`;
  }
  return `<polygon points="${px(x)},${px(y)} ${px(lx)},${px(ly)} ${px(rx)},${px(ry)}" fill="${color}"/>`;
}

/** A small round badge with a character in it: a threat's rank, or "!" on an anomalous alliance. */
export function badge(x: number, y: number, text: string, color: string): string {
  return `<circle cx="${px(x)}" cy="${px(y)}" r="7.5" fill="${colour.BACKGROUND}" stroke="${color}" stroke-width="1.5"/><text x="${px(x)}" y="${px(y + 4)}" font-size="11" font-weight="bold" text-anchor="middle" fill="${color}">${escapeXml(text)}</text>`;
}
