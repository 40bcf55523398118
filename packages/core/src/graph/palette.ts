/**
 * Every colour the graph uses, in one place, so the legend and the marks cannot disagree.
 *
 * Coalition fills come from ColorBrewer's Set2 (light, distinct for the common forms of colour
 * blindness in its first colours) so that the arrows, dark red and dark blue, read on top of
 * them; balancing and bandwagoning differ in hue, dash and arrowhead, never in hue alone.
 */

/** Fills of the first coalitions, strongest first; later coalitions share `OTHER_COALITION`. */
export const COALITION_FILLS = ['#66C2A5', '#FC8D62', '#8DA0CB', '#E78AC3', '#A6D854', '#FFD92F', '#E5C494'];
/** The fill shared by coalitions past the palette's seven. */
export const OTHER_COALITION = '#C7B9AB';
/** A state that takes a side but shares it with no one. */
export const ALONE_FILL = '#BDBDBD';
/** A state that stays out: white with a dashed outline. */
export const NEUTRAL_FILL = '#FFFFFF';
/** The dashed outline of a neutral state. */
export const NEUTRAL_STROKE = '#757575';
/** The outline of every other disc. */
export const DISC_STROKE = '#212121';
/** States outside a focus view, drawn small for orientation. */
export const CONTEXT_FILL = '#D6D6D6';

/** Arrows of balancing: solid, with a filled head. */
export const BALANCE_COLOR = '#B2182B';
/** Arrows of bandwagoning: dashed, with an open head. */
export const BANDWAGON_COLOR = '#2166AC';
/** A strategy with a target other than balancing and bandwagoning. */
export const OTHER_STRATEGY_COLOR = '#6A3D9A';
/** Dotted lines from a focus state's ranked threats. */
export const THREAT_LINE_COLOR = '#616161';

/** Links of a declared alliance the model explains. */
export const ALLIANCE_COLOR = '#455A64';
/** Links of a declared alliance the model finds anomalous. */
export const ANOMALOUS_ALLIANCE_COLOR = '#E65100';

/** The ring around the state in focus. */
export const FOCUS_RING = '#000000';
/** The ring around a state the two theories disagree on. */
export const DIVERGENCE_RING = '#D81B60';
/** A capital whose disc moved, and the pointer of a state drawn at the edge. */
export const CAPITAL_DOT = '#424242';

/** Today's land. */
export const LAND_FILL = '#EEF0E8';
/** Today's borders. */
export const BORDER_STROKE = '#CDD1C4';
/** Labels, titles and the legend's text. */
export const TEXT_COLOR = '#212121';
/** Subtitles and notes. */
export const MUTED_TEXT = '#555555';
/** The page, label halos and badges. */
export const BACKGROUND = '#FFFFFF';

/** The fill of the coalition at `index` in the evaluation's list. */
export function coalitionFill(index: number): string {
  return COALITION_FILLS[index] ?? OTHER_COALITION;
}
