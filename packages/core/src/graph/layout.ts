/**
 * What a layout gives the renderer: where each state's disc sits, and what is drawn beneath
 * the discs (land on a map, coalition hulls in a clustered layout). Shared by `map-layout.ts`
 * and `cluster-layout.ts`.
 */
import type { StateId } from '../scenario.js';

/** A state to place: its disc radius, and its capital when known. */
export interface LayoutInput {
  readonly id: StateId;
  readonly r: number;
  readonly capital?: { readonly lat: number; readonly lon: number };
  /** The group a clustered layout keeps together (a coalition); -1 for none. */
  readonly group: number;
  /** Clear space to keep around the disc on a map (room for an arrow's head), in px. */
  readonly room: number;
}

/** A state's disc where the layout put it. */
export interface PlacedState {
  readonly id: StateId;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Where the capital is, when the disc was moved aside to keep discs apart. */
  readonly capital?: { readonly x: number; readonly y: number };
  /** For a state far from the others, drawn at the map's edge: the direction of its capital (radians). */
  readonly towards?: number;
}

/** A layout's result: every state placed, and the map beneath when there is one. */
export interface Layout {
  readonly kind: 'map' | 'clusters';
  /** The height of the drawing area for the width asked. */
  readonly height: number;
  readonly states: ReadonlyMap<StateId, PlacedState>;
  /** Land and today's borders as SVG path data (map), or undefined. */
  readonly land?: { readonly land: string; readonly borders: string };
  /** A state placed outside the drawing area (a faint context state far from the focus). */
  readonly outside: ReadonlySet<StateId>;
}
