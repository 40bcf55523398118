/**
 * Every colour the graph uses, in one place, so the legend and the marks cannot disagree.
 *
 * Coalition fills come from ColorBrewer's Set2 (light, distinct for the common forms of colour
 * blindness in its first colours) so that the arrows, dark red and dark blue, read on top of
 * them; balancing and bandwagoning differ in hue, dash and arrowhead, never in hue alone.
 */

/** Fills of the first coalitions, strongest first; later coalitions share `OTHER_COALITION`. */
export const COALITION_FILLS = ['#66C2A5', '#FC8D62', '#8DA0CB', '#E78AC3', '#A6D854', '#FFD92F', '#E5C494'];
export const OTHER_COALITION = '#C7B9AB';
/** A state that takes a side but shares it with no one. */
export const ALONE_FILL = '#BDBDBD';
/** A state that stays out: white with a dashed outline. */
export const NEUTRAL_FILL = '#FFFFFF';
export const NEUTRAL_STROKE = '#757575';
export const DISC_STROKE = '#212121';
/** States outside a focus view, drawn small for orientation. */
export const CONTEXT_FILL = '#D6D6D6';

export const BALANCE_COLOR = '#B2182B';
export const BANDWAGON_COLOR = '#2166AC';
/** A strategy with a target other than balancing and bandwagoning. */
export const OTHER_STRATEGY_COLOR = '#6A3D9A';
export const THREAT_LINE_COLOR = '#616161';

export const ALLIANCE_COLOR = '#455A64';
export const ANOMALOUS_ALLIANCE_COLOR = '#E65100';

export const FOCUS_RING = '#000000';
export const DIVERGENCE_RING = '#D81B60';
export const CAPITAL_DOT = '#424242';

export const LAND_FILL = '#EEF0E8';
export const BORDER_STROKE = '#CDD1C4';
export const TEXT_COLOR = '#212121';
export const MUTED_TEXT = '#555555';
export const BACKGROUND = '#FFFFFF';

/** The fill of the coalition at `index` in the evaluation's list. */
export function coalitionFill(index: number): string {
  return COALITION_FILLS[index] ?? OTHER_COALITION;
}
