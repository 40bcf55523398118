/**
 * The threat and coalition graph as SVG: the editor's "Show predictions" view, the bot's
 * /graph (rasterised to PNG) and `threat graph` draw the same picture.
 *
 * A map when every state drawn has a capital (`graph/map-layout.ts`), clusters by coalition
 * otherwise (`graph/cluster-layout.ts`). A disc's area is proportional to power and its fill
 * is its coalition; one arrow per state that takes a side, its width the threat score; the
 * focus view, large systems and the two-panel comparison are chosen in `graph/graph-view.ts`.
 * The legend is built from what the panels drew. Pure and deterministic: the same analysis
 * and options give the same bytes.
 */
import type { Analysis, Evaluation } from './evaluation.js';
import type { Scenario, StateId, Theory } from './scenario.js';
import { grouped } from './format.js';
import { stateNamer } from './display-names.js';
import { THEORY_NAMES } from './render-common.js';
import { clusterLayout } from './graph/cluster-layout.js';
import {
  byPower,
  coalitionIndex,
  focusSelection,
  LARGE_SYSTEM,
  panelView,
  type PanelView,
} from './graph/graph-view.js';
import type { Layout, LayoutInput } from './graph/layout.js';
import { legendHeight, legendRows, legendSvg, type LegendEntry } from './graph/legend.js';
import { mapLayout } from './graph/map-layout.js';
import * as colour from './graph/palette.js';
import { panelSvg } from './graph/panel-svg.js';
import { escapeXml, px } from './graph/svg.js';
import { fitText, wrapText } from './graph/text-metrics.js';

/** Escapes XML markup characters (kept here for the callers that imported it from the renderer). */
export { escapeXml } from './graph/svg.js';

/** What to draw: which theory or both, the whole system or one state, and how wide. */
export interface GraphOptions {
  /** One theory, or both side by side. */
  readonly theory: Theory | 'both';
  /** Draw this state, its ranked threats, its partners and their coalitions. */
  readonly focus?: StateId;
  /**
   * The picture's width in px (default 760 for one theory, 1400 for both, half as much again
   * for the whole of a large system). Text is drawn at 12 px
   * or more at this width; a viewer that shows the picture narrower shrinks it.
   */
  readonly width?: number;
}

const TITLE_HEIGHT = 58;
const PANEL_TITLE = 26;
const GAP = 16;
/** Below this width two panels are stacked rather than set side by side. */
const SIDE_BY_SIDE = 1100;

/**
 * The graph of a scenario's predictions as a standalone SVG document. An unknown `focus`
 * draws the whole system.
 */
export function renderGraphSvg(scenario: Scenario, analysis: Analysis, options: GraphOptions): string {
  const theories: Theory[] = options.theory === 'both' ? ['threat', 'power'] : [options.theory];
  const first = theories[0] === 'power' ? analysis.power : analysis.threat;
  const large = first.states.length > LARGE_SYSTEM && options.focus === undefined;
  const width = Math.round(
    Math.max(320, options.width ?? (theories.length === 2 ? 1400 : 760) * (large ? 1.5 : 1)),
  );
  const sideBySide = theories.length === 2 && width >= SIDE_BY_SIDE;
  const panelWidth = sideBySide ? (width - GAP) / 2 : width;
  const name = stateNamer(scenario);
  const focus =
    options.focus !== undefined && first.predictions.has(options.focus) ? options.focus : undefined;
  const evaluations = theories.map((t) => (t === 'power' ? analysis.power : analysis.threat));

  // The states drawn in full: the same in both panels, so that each state sits in one place.
  let drawn: StateId[];
  let hiddenMembers = 0;
  if (focus !== undefined) {
    const chosen = new Set<StateId>();
    for (const e of evaluations) {
      const selection = focusSelection(e, focus);
      selection.states.forEach((id) => chosen.add(id));
      hiddenMembers = Math.max(hiddenMembers, selection.left);
    }
    drawn = byPower(first, chosen);
  } else drawn = byPower(first, first.states);
  const inFocus = new Set(drawn);
  const context = focus !== undefined ? first.states.filter((id) => !inFocus.has(id)) : [];

  const views = evaluations.map((e) => panelView(e, drawn, focus, hiddenMembers));
  const arrowEnds = views.flatMap((v) => v.arrows.flatMap((a) => [a.from, a.to]));
  const layout = place(scenario, first, drawn, context, arrowEnds, panelWidth);
  const diverging = theories.length === 2 ? divergences(analysis, drawn) : undefined;
  const colours = matchColours(evaluations);

  const panels = views.map((view, i) =>
    panelSvg({
      view,
      layout,
      name,
      width: panelWidth,
      ...(focus !== undefined ? { focus } : {}),
      ...(diverging ? { diverging } : {}),
      context: context.filter((id) => layout.states.has(id)),
      colourOf: colours[i]!,
      legendPrefix: theories.length === 2 ? `${capitalised(THEORY_NAMES[theories[i]!])}: ` : '',
      widthMeaning:
        theories[i] === 'power'
          ? "line width: the target's share of the pair's power, 0 to 1"
          : 'line width: threat score, 0 to 1',
      scoreName: theories[i] === 'power' ? 'power share' : 'threat',
    }),
  );

  const panelHeight = layout.height + (theories.length === 2 ? PANEL_TITLE : 0);
  const notes = noteLines(scenario, layout, views[0]!, panels, focus, name, theories.length === 2).flatMap(
    (line) => wrapText(line, width - 32, 12),
  );
  const rows = legendRows(panels.flatMap((p) => p.legend as LegendEntry[]));
  const panelsHeight = sideBySide || theories.length === 1 ? panelHeight : 2 * panelHeight + GAP;

  const title = titleOf(scenario);
  const subtitle =
    focus !== undefined
      ? `${name(focus)}, its threats, its partners and their coalitions`
      : 'who balances, who bandwagons, and the coalitions';
  const subtitleLines = wrapText(
    theories.length === 2 ? capitalised(subtitle) : `${capitalised(THEORY_NAMES[theories[0]!])}: ${subtitle}`,
    width - 32,
    13,
  );
  const top = TITLE_HEIGHT + (subtitleLines.length - 1) * 17;
  const notesTop = top + panelsHeight + 8;
  const legendTop = notesTop + notes.length * 17 + 6;
  const height = Math.ceil(legendTop + legendHeight(rows, width - 32) + 14);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Verdana, Helvetica, Arial, sans-serif" role="img">`,
    `<title>${escapeXml(`${title}: predictions under ${theories.map((t) => THEORY_NAMES[t]).join(' and ')}`)}</title>`,
    `<rect width="${width}" height="${height}" fill="${colour.BACKGROUND}"/>`,
    `<text class="title" x="16" y="27" font-size="18" font-weight="bold" fill="${colour.TEXT_COLOR}">${escapeXml(fitText(title, width - 32, 18, true))}</text>`,
    ...subtitleLines.map(
      (line, i) =>
        `<text class="subtitle" x="16" y="${48 + i * 17}" font-size="13" fill="${colour.MUTED_TEXT}">${escapeXml(line)}</text>`,
    ),
  ];
  panels.forEach((panel, i) => {
    const x = sideBySide ? i * (panelWidth + GAP) : 0;
    const y = top + (sideBySide ? 0 : i * (panelHeight + GAP));
    const view = views[i]!;
    out.push(
      `<g class="panel" data-theory="${theories[i]}" data-arrows="${view.arrows.length}" data-hidden-arrows="${view.hiddenArrows}" data-labels-omitted="${panel.omittedLabels}" transform="translate(${px(x)} ${px(y)})">`,
    );
    if (theories.length === 2) {
      out.push(
        `<text class="panel-title" x="16" y="17" font-size="14" font-weight="bold" fill="${colour.TEXT_COLOR}">${escapeXml(capitalised(THEORY_NAMES[theories[i]!]))}</text>`,
        `<g transform="translate(0 ${PANEL_TITLE})">${panel.svg}</g>`,
      );
    } else out.push(panel.svg);
    out.push('</g>');
  });
  notes.forEach((line, i) =>
    out.push(
      `<text class="note" x="16" y="${px(notesTop + 12 + i * 17)}" font-size="12" fill="${colour.MUTED_TEXT}">${escapeXml(line)}</text>`,
    ),
  );
  out.push(legendSvg(rows, 16, legendTop, width - 32), '</svg>');
  return `${out.join('\n')}\n`;
}

/** A map when every state drawn has a capital, coalition clusters otherwise. */
function place(
  scenario: Scenario,
  evaluation: Evaluation,
  drawn: readonly StateId[],
  context: readonly StateId[],
  arrowEnds: Iterable<StateId>,
  width: number,
): Layout {
  const facts = new Map(scenario.states.map((s) => [s.id, s]));
  const coalitions = coalitionIndex(evaluation);
  const maxPower = Math.max(1e-9, ...drawn.map((id) => evaluation.power(id)));
  // Discs shrink as states multiply, so that a world of 190 states still fits, and with the
  // picture's width (760 px is the default's scale).
  const scale = Math.min(1.5, Math.max(0.6, width / 760));
  const largest = scale * Math.max(13, Math.min(30, 150 / Math.sqrt(drawn.length)));
  const smallest = Math.max(2.5, scale * (drawn.length > LARGE_SYSTEM ? 3 : 7));
  // States at either end of an arrow keep room for it, so that neighbours' arrows stay visible.
  const ends = new Set(arrowEnds);
  const input = (id: StateId, r: number): LayoutInput => {
    const capital = facts.get(id)?.capital;
    const group = coalitions.get(id) ?? (takesSideAlone(evaluation, id) ? -1 : -2);
    return { id, r, group, room: ends.has(id) ? 20 : 2, ...(capital ? { capital } : {}) };
  };
  const states = drawn.map((id) =>
    input(id, smallest + (largest - smallest) * Math.sqrt(Math.max(0, evaluation.power(id)) / maxPower)),
  );
  if (states.every((s) => s.capital !== undefined))
    return mapLayout(
      states,
      context.map((id) => input(id, 2.5)),
      width,
    );
  return clusterLayout(states, width);
}

function takesSideAlone(evaluation: Evaluation, id: StateId): boolean {
  const p = evaluation.predictions.get(id);
  return p !== undefined && p.strategy !== 'neutral' && p.target !== undefined;
}

/**
 * The palette index of each coalition, per panel. The first panel's coalitions take the
 * palette in order; a second panel's coalition takes the colour of the first panel's coalition
 * it shares most members with, so that a colour means the same side in both panels.
 */
function matchColours(evaluations: readonly Evaluation[]): Map<number, number>[] {
  const first = evaluations[0]!;
  const out = [new Map(first.coalitions.map((_, i) => [i, i]))];
  for (const other of evaluations.slice(1)) {
    const taken = new Set<number>();
    const map = new Map<number, number>();
    let next = first.coalitions.length;
    other.coalitions.forEach((coalition, j) => {
      let best = -1;
      let shared = 0;
      first.coalitions.forEach((c, i) => {
        if (taken.has(i)) return;
        const n = coalition.members.filter((m) => c.members.includes(m)).length;
        if (n > shared) [best, shared] = [i, n];
      });
      if (best >= 0) taken.add(best);
      map.set(j, best >= 0 ? best : next++);
    });
    out.push(map);
  }
  return out;
}

/** States whose strategy or target differ between the theories. */
function divergences(analysis: Analysis, drawn: readonly StateId[]): Set<StateId> {
  const out = new Set<StateId>();
  for (const id of drawn) {
    const a = analysis.threat.predictions.get(id);
    const b = analysis.power.predictions.get(id);
    if (a && b && (a.strategy !== b.strategy || a.target !== b.target)) out.add(id);
  }
  return out;
}

/** The lines under the picture: what the map's outlines are, and what was left out. */
function noteLines(
  scenario: Scenario,
  layout: Layout,
  view: PanelView,
  panels: readonly { omittedLabels: number }[],
  focus: StateId | undefined,
  name: (id: StateId | undefined) => string,
  two: boolean,
): string[] {
  const lines: string[] = [];
  const when = scenario.year !== undefined ? `${scenario.year}` : "the scenario's year";
  if (layout.kind === 'map')
    lines.push(
      `Outlines: today's land and borders (Natural Earth, 1:110m), not those of ${when}; states sit at their capitals.`,
    );
  else
    lines.push(
      'Not every state has a capital, so states are grouped by coalition rather than placed on a map.',
    );
  const left: string[] = [];
  const arrows = view.arrows.length + view.hiddenArrows;
  if (view.hiddenArrows > 0)
    left.push(
      `${grouped(view.arrows.length)} of ${grouped(arrows)} arrows drawn (${focus === undefined ? "the most powerful states'" : `those of ${name(focus)}, its threats and partners`})${two ? ' per panel' : ''}`,
    );
  if (view.hiddenAlliances > 0) left.push(`${count(view.hiddenAlliances, 'declared alliance')} not drawn`);
  if (view.hiddenMembers > 0) left.push(`${count(view.hiddenMembers, 'weaker coalition member')} not drawn`);
  const omitted = Math.max(...panels.map((p) => p.omittedLabels));
  if (omitted > 0) left.push(`${count(omitted, 'name')} left out for room (point at a disc to see it)`);
  if (left.length > 0) {
    lines.push(
      `${capitalised(left.join('; '))}.${focus === undefined && view.hiddenArrows > 0 ? ' Focus on one state to see all its lines.' : ''}`,
    );
  }
  if (focus !== undefined && layout.outside.size > 0)
    lines.push(`${count(layout.outside.size, 'state')} outside ${name(focus)}'s picture.`);
  return lines;
}

/** The title with the scenario's year, unless the title already says it. */
function titleOf(scenario: Scenario): string {
  const year = scenario.year;
  if (year === undefined || scenario.title.includes(String(year))) return scenario.title;
  return `${scenario.title} (${year})`;
}

/** "1 name", "3 names". */
function count(n: number, noun: string): string {
  return `${grouped(n)} ${noun}${n === 1 ? '' : 's'}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
