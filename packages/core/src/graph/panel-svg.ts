/**
 * One panel of the graph as SVG: land or coalition hulls, declared alliances, threat lines,
 * arrows, discs and labels, for one theory's predictions over a layout. It records every kind
 * of mark it draws as a legend entry, so that the legend shows exactly what is on the page.
 */
import { polygonHull } from 'd3-polygon';
import { fixed } from '../format.js';
import { strategyPhrase } from '../strategy-wording.js';
import type { StateId } from '../scenario.js';
import { curveBetween, endDirection, pointAt, spreadEnds, type Curve } from './curves.js';
import type { PanelView } from './graph-view.js';
import { placeLabels, type LabelRequest } from './labels.js';
import type { Layout, PlacedState } from './layout.js';
import { arrowHead, badge, type LegendEntry } from './legend.js';
import * as colour from './palette.js';
import { escapeXml, px } from './svg.js';

/** What one panel needs: its view, the shared layout, names and words. */
export interface PanelInput {
  readonly view: PanelView;
  readonly layout: Layout;
  readonly name: (id: StateId | undefined) => string;
  readonly width: number;
  readonly focus?: StateId;
  /** States whose prediction differs under the other theory (side-by-side pictures). */
  readonly diverging?: ReadonlySet<StateId>;
  /** States drawn small and unlabelled, for orientation in a focus view. */
  readonly context: readonly StateId[];
  /** Put before coalition rows of the legend when two panels share it: "Balance of threat: ". */
  readonly legendPrefix: string;
  /** What an arrow's width stands for under this theory. */
  readonly widthMeaning: string;
  /** What the number in an arrow's tooltip is: "threat", "power share". */
  readonly scoreName: string;
  /** The palette index of each coalition (matched across panels so that a colour keeps its meaning). */
  readonly colourOf: ReadonlyMap<number, number>;
}

/** A drawn panel, the legend rows for what it drew, and the labels it could not place. */
export interface PanelSvg {
  readonly svg: string;
  readonly legend: readonly LegendEntry[];
  /** States whose label found no free place. */
  readonly omittedLabels: number;
}

const LABEL_FONT = 12;

/** The arrow style of each strategy; any other strategy with a target gets `OTHER`. */
const ARROW_STYLE = {
  balance: { color: colour.BALANCE_COLOR, dash: undefined, head: 'filled' },
  bandwagon: { color: colour.BANDWAGON_COLOR, dash: '7 4', head: 'open' },
} as const;
const OTHER_STYLE = { color: colour.OTHER_STRATEGY_COLOR, dash: '2 3', head: 'diamond' } as const;

/** Draws one theory's panel over a layout, recording each kind of mark for the legend. */
export function panelSvg(input: PanelInput): PanelSvg {
  const { view, layout, name } = input;
  const evaluation = view.evaluation;
  const legend: LegendEntry[] = [];
  const at = (id: StateId): PlacedState | undefined => layout.states.get(id);
  const discs: PlacedState[] = view.drawn
    .map((id) => at(id))
    .filter((p): p is PlacedState => p !== undefined);
  const lines: [number, number][][] = [];
  const area = { width: input.width, height: layout.height };
  // Badges (a threat's rank, an anomalous alliance's "!") go above the discs, where none hides them.
  const badges: { x: number; y: number; svg: string }[] = [];
  // Everything is clipped to the panel, so that nothing drawn strays over the title or the other panel.
  const clip = `clip-${escapeXml(input.legendPrefix.length > 0 ? input.view.evaluation.theory : 'panel')}`;
  const parts: string[] = [
    `<clipPath id="${clip}"><rect width="${px(input.width)}" height="${px(layout.height)}"/></clipPath>`,
    `<g class="marks" clip-path="url(#${clip})">`,
  ];

  if (layout.land) {
    parts.push(
      `<g class="land"><path d="${layout.land.land}" fill="${colour.LAND_FILL}" stroke="none"/><path d="${layout.land.borders}" fill="none" stroke="${colour.BORDER_STROKE}" stroke-width="0.7"/></g>`,
    );
    legend.push({
      kind: 'land',
      key: '',
      text: "land and borders of today, not of the scenario's year",
      color: colour.LAND_FILL,
    });
  }

  // Coalitions as groups: a hull around each coalition's members in the clustered layout.
  if (layout.kind === 'clusters') {
    evaluation.coalitions.forEach((coalition, index) => {
      const members = coalition.members.map((id) => at(id)).filter((p): p is PlacedState => p !== undefined);
      if (members.length < 2) return;
      parts.push(hull(members, colour.coalitionFill(input.colourOf.get(index) ?? index)));
    });
  }

  // Declared alliances: a minimum spanning tree over the members drawn.
  for (const alliance of view.alliances) {
    const members = alliance.members.map((id) => at(id)).filter((p): p is PlacedState => p !== undefined);
    const anomalous = alliance.verdict === 'anomalous';
    const color = anomalous ? colour.ANOMALOUS_ALLIANCE_COLOR : colour.ALLIANCE_COLOR;
    const edges = spanningTree(members);
    const title = `${alliance.name} (${members.map((m) => name(m.id)).join(', ')}): ${alliance.verdict}, ${alliance.reason}`;
    const segments = edges
      .map(
        ([a, b]) =>
          `<line x1="${px(a.x)}" y1="${px(a.y)}" x2="${px(b.x)}" y2="${px(b.y)}" stroke="${color}" stroke-width="3" stroke-opacity="${anomalous ? '0.8' : '0.55'}" stroke-linecap="round"${anomalous ? ' stroke-dasharray="6 3"' : ''}/>`,
      )
      .join('');
    // The "!" on the longest link, where discs are least likely to cover it.
    const first = [...edges].sort(
      (x, y) => Math.hypot(y[0].x - y[1].x, y[0].y - y[1].y) - Math.hypot(x[0].x - x[1].x, x[0].y - x[1].y),
    )[0];
    if (anomalous && first) {
      const [x, y] = [(first[0].x + first[1].x) / 2, (first[0].y + first[1].y) / 2];
      badges.push({ x, y, svg: badge(x, y, '!', color) });
    }
    parts.push(
      `<g class="alliance" data-verdict="${alliance.verdict}"><title>${escapeXml(title)}</title>${segments}</g>`,
    );
    for (const [a, b] of edges) lines.push(straightSamples(a, b));
    legend.push(
      anomalous
        ? {
            kind: 'alliance-anomalous',
            key: '',
            text: 'declared alliance the model finds anomalous',
            color,
          }
        : { kind: 'alliance', key: '', text: 'declared alliance the model explains', color },
    );
  }

  // Faint states for orientation in a focus view.
  if (input.context.length > 0) {
    const dots = input.context
      .map((id) => at(id))
      .filter((p): p is PlacedState => p !== undefined)
      .map(
        (p) =>
          `<g class="state context" data-state="${escapeXml(p.id)}"><title>${escapeXml(name(p.id))}</title><circle cx="${px(p.x)}" cy="${px(p.y)}" r="${px(p.r)}" fill="${colour.CONTEXT_FILL}"/></g>`,
      );
    if (dots.length > 0) {
      parts.push(...dots);
      legend.push({
        kind: 'context',
        key: '',
        text: `other states, outside ${name(input.focus)}'s picture`,
        color: colour.CONTEXT_FILL,
      });
    }
  }

  // Discs moved aside keep a thin line to their capital.
  for (const p of discs) {
    if (!p.capital) continue;
    parts.push(
      `<line x1="${px(p.capital.x)}" y1="${px(p.capital.y)}" x2="${px(p.x)}" y2="${px(p.y)}" stroke="${colour.CAPITAL_DOT}" stroke-width="0.8"/><circle cx="${px(p.capital.x)}" cy="${px(p.capital.y)}" r="2" fill="${colour.CAPITAL_DOT}"/>`,
    );
    legend.push({
      kind: 'capital',
      key: '',
      text: 'capital, where its disc was moved aside',
      color: colour.CAPITAL_DOT,
    });
  }

  // States far from the rest sit at the edge, with a pointer towards their capital.
  for (const p of discs) {
    if (p.towards === undefined) continue;
    const ux = Math.cos(p.towards);
    const uy = Math.sin(p.towards);
    parts.push(
      arrowHead('filled', p.x + ux * (p.r + 9), p.y + uy * (p.r + 9), ux, uy, 0.6, colour.CAPITAL_DOT),
    );
    legend.push({
      kind: 'far',
      key: '',
      text: 'far away: drawn at the edge, pointing towards its capital',
      color: colour.CAPITAL_DOT,
    });
  }

  // The focus state's threats, ranked. Bent to their left, so that a line from the focus
  // state's main threat and the focus state's own arrow to it (bent to its left) part.
  for (const line of view.threatLines) {
    const from = at(line.from);
    const to = at(line.to);
    if (!from || !to) continue;
    const curve = curveBetween(from, to, discs, 3, area, 0.3);
    lines.push(curve.samples);
    const middle = pointAt(curve.start, curve.control, curve.end, 0.5);
    badges.push({
      x: middle[0],
      y: middle[1],
      svg: badge(middle[0], middle[1], String(line.rank), colour.THREAT_LINE_COLOR),
    });
    const title = `${name(line.from)} is threat ${line.rank} to ${name(line.to)} (score ${fixed(line.score)})`;
    parts.push(
      `<g class="threat-line" data-from="${escapeXml(line.from)}" data-rank="${line.rank}"><title>${escapeXml(title)}</title><path d="${curvePath(curve)}" fill="none" stroke="${colour.THREAT_LINE_COLOR}" stroke-width="${px(1 + 3 * line.score)}" stroke-dasharray="1.5 3.5" stroke-linecap="round"/></g>`,
    );
    legend.push({
      kind: 'threat-line',
      key: '',
      text: `threat to ${name(input.focus)}, numbered by rank (width: threat score)`,
      color: colour.THREAT_LINE_COLOR,
    });
  }

  // One arrow per state that takes a side, from it to the threat its strategy answers.
  let widthColor: string | undefined;
  const drawnArrows = view.arrows.flatMap((arrow) => {
    const from = at(arrow.from);
    const to = at(arrow.to);
    return from && to ? [{ arrow, to, curve: curveBetween(from, to, discs, 2, area) }] : [];
  });
  // Arrowheads arriving at one disc side by side rather than on top of each other.
  const byTarget = new Map<StateId, typeof drawnArrows>();
  for (const a of drawnArrows) byTarget.set(a.arrow.to, [...(byTarget.get(a.arrow.to) ?? []), a]);
  for (const group of byTarget.values()) {
    const spread = spreadEnds(
      group.map((a) => a.curve),
      group[0]!.to,
      2,
    );
    group.forEach((a, i) => (a.curve = spread[i]!));
  }
  for (const { arrow, curve } of drawnArrows) {
    const style =
      arrow.strategy === 'balance' || arrow.strategy === 'bandwagon'
        ? ARROW_STYLE[arrow.strategy]
        : OTHER_STYLE;
    const width = 1.2 + 4.5 * Math.max(0, Math.min(1, arrow.score));
    const head = 7 + width * 1.6;
    lines.push(curve.samples);
    const [dx, dy] = endDirection(curve);
    // The line stops where the head begins, so a thick line does not blunt the tip.
    const shaftEnd: [number, number] = [curve.end[0] - dx * head * 0.8, curve.end[1] - dy * head * 0.8];
    const phrase = strategyPhrase(arrow.strategy, name(arrow.to));
    const title = `${name(arrow.from)} ${phrase} (${input.scoreName} ${fixed(arrow.score)})`;
    parts.push(
      `<g class="arrow" data-from="${escapeXml(arrow.from)}" data-to="${escapeXml(arrow.to)}" data-strategy="${escapeXml(arrow.strategy)}"><title>${escapeXml(title)}</title><path d="M ${px(curve.start[0])} ${px(curve.start[1])} Q ${px(curve.control[0])} ${px(curve.control[1])} ${px(shaftEnd[0])} ${px(shaftEnd[1])}" fill="none" stroke="${style.color}" stroke-width="${px(width)}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} stroke-opacity="0.9"/>${arrowHead(style.head, curve.end[0], curve.end[1], dx, dy, width, style.color)}</g>`,
    );
    widthColor ??= style.color;
    legend.push({
      kind: 'arrow',
      key: arrow.strategy,
      text: `${strategyPhrase(arrow.strategy, 'the state pointed at')}`,
      color: style.color,
      ...(style.dash ? { dash: style.dash } : {}),
      head: style.head,
    });
  }
  if (widthColor)
    legend.push({
      kind: 'width',
      key: input.widthMeaning,
      text: `${input.legendPrefix}${input.widthMeaning}`,
      color: widthColor,
    });

  // The discs: area by power, fill by coalition; neutral states white with a dashed outline.
  const coalitionLegend = new Set<number>();
  for (const p of discs) {
    const prediction = evaluation.predictions.get(p.id);
    const strategy = prediction?.strategy ?? 'neutral';
    const c = view.coalitionOf.get(p.id);
    const takesSide = prediction?.target !== undefined && strategy !== 'neutral';
    let fill = colour.ALONE_FILL;
    let stroke = `stroke="${colour.DISC_STROKE}" stroke-width="1"`;
    if (c !== undefined) {
      fill = colour.coalitionFill(input.colourOf.get(c) ?? c);
      coalitionLegend.add(c);
    } else if (!takesSide) {
      fill = colour.NEUTRAL_FILL;
      stroke = `stroke="${colour.NEUTRAL_STROKE}" stroke-width="1.5" stroke-dasharray="3 2"`;
      legend.push({
        kind: 'neutral',
        key: '',
        text: strategyPhrase('neutral', undefined),
        color: colour.NEUTRAL_FILL,
      });
    } else {
      legend.push({
        kind: 'alone',
        key: '',
        text: 'takes a side, in no coalition',
        color: colour.ALONE_FILL,
      });
    }
    const what = prediction ? strategyPhrase(strategy, name(prediction.target)) : 'no prediction';
    const rings: string[] = [];
    if (p.id === input.focus) {
      rings.push(
        `<circle cx="${px(p.x)}" cy="${px(p.y)}" r="${px(p.r + 4)}" fill="none" stroke="${colour.FOCUS_RING}" stroke-width="3"/>`,
      );
      legend.push({
        kind: 'focus',
        key: '',
        text: `${name(p.id)}, the state in focus`,
        color: colour.FOCUS_RING,
      });
    }
    if (input.diverging?.has(p.id)) {
      rings.push(
        `<circle cx="${px(p.x)}" cy="${px(p.y)}" r="${px(p.r + (p.id === input.focus ? 8 : 4))}" fill="none" stroke="${colour.DIVERGENCE_RING}" stroke-width="2.5" stroke-dasharray="3 2"/>`,
      );
      legend.push({
        kind: 'divergence',
        key: '',
        text: 'the two theories predict differently',
        color: colour.DIVERGENCE_RING,
      });
    }
    parts.push(
      `<g class="state" data-state="${escapeXml(p.id)}"><title>${escapeXml(`${name(p.id)}: ${what}; power ${fixed(evaluation.power(p.id), 3)}`)}</title><circle cx="${px(p.x)}" cy="${px(p.y)}" r="${px(p.r)}" fill="${fill}" ${stroke}/>${rings.join('')}</g>`,
    );
  }
  for (const index of [...coalitionLegend].sort((a, b) => a - b)) legend.push(coalitionEntry(input, index));
  parts.push(`<g class="badges">${badges.map((b) => b.svg).join('')}</g>`, '</g>');

  // Labels last, on top, with a white halo that keeps them legible over lines and land.
  const requests: LabelRequest[] = [];
  const order =
    input.focus !== undefined ? [input.focus, ...view.drawn.filter((id) => id !== input.focus)] : view.drawn;
  for (const id of order) {
    const p = at(id);
    if (!p) continue;
    const bold = id === input.focus;
    requests.push({
      id,
      text: name(id),
      x: p.x,
      y: p.y,
      r: p.r + (bold ? 4 : 0),
      fontSize: bold ? LABEL_FONT + 1 : LABEL_FONT,
      bold,
    });
  }
  const obstacles = {
    discs: [
      ...discs,
      ...input.context.map((id) => at(id)).filter((p): p is PlacedState => p !== undefined),
      ...badges.map((b) => ({ x: b.x, y: b.y, r: 8 })),
    ],
    lines,
    area: { x: 2, y: 2, width: input.width - 4, height: layout.height - 4 },
  };
  const labels = placeLabels(requests, obstacles);
  parts.push('<g class="labels">');
  for (const label of labels.placed) {
    parts.push(
      `<text class="label" data-state="${escapeXml(label.id)}" data-box="${px(label.box.x)} ${px(label.box.y)} ${px(label.box.width)} ${px(label.box.height)}" x="${px(label.x)}" y="${px(label.y)}" font-size="${label.fontSize}"${label.bold ? ' font-weight="bold"' : ''} fill="${colour.TEXT_COLOR}" stroke="${colour.BACKGROUND}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(label.text)}</text>`,
    );
  }
  parts.push('</g>');
  return { svg: parts.join('\n'), legend, omittedLabels: labels.omitted.length };
}

function coalitionEntry(input: PanelInput, index: number): LegendEntry {
  const evaluation = input.view.evaluation;
  const { name } = input;
  const palette = input.colourOf.get(index) ?? index;
  const color = colour.coalitionFill(palette);
  if (palette >= colour.COALITION_FILLS.length) {
    const more = [...input.colourOf.values()].filter((p) => p >= colour.COALITION_FILLS.length).length;
    return {
      kind: 'coalition',
      key: `${input.legendPrefix}other`,
      text: `${input.legendPrefix}${more} smaller ${more === 1 ? 'coalition' : 'coalitions'}`,
      color,
    };
  }
  const coalition = evaluation.coalitions[index]!;
  const members = coalition.members;
  const shown = members.slice(0, 3).map((id) => name(id));
  const list = members.length > 3 ? `${shown.join(', ')} and ${members.length - 3} more` : shown.join(', ');
  const against = coalition.against.map((id) => name(id));
  const text =
    against.length > 0
      ? `${input.legendPrefix}${list}, against ${against.slice(0, 2).join(' and ')}${against.length > 2 ? ' and others' : ''}`
      : `${input.legendPrefix}${name(members[0])} and the states that bandwagon with it${
          members.length > 1
            ? `: ${members
                .slice(1, 4)
                .map((id) => name(id))
                .join(', ')}${members.length > 4 ? ` and ${members.length - 4} more` : ''}`
            : ''
        }`;
  return { kind: 'coalition', key: `${input.legendPrefix}${index}`, text, color };
}

function curvePath(curve: Curve): string {
  return `M ${px(curve.start[0])} ${px(curve.start[1])} Q ${px(curve.control[0])} ${px(curve.control[1])} ${px(curve.end[0])} ${px(curve.end[1])}`;
}

function straightSamples(a: PlacedState, b: PlacedState): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i <= 16; i++) points.push([a.x + ((b.x - a.x) * i) / 16, a.y + ((b.y - a.y) * i) / 16]);
  return points;
}

/** The shortest set of straight links joining every member (Prim's algorithm), in a fixed order. */
function spanningTree(members: readonly PlacedState[]): [PlacedState, PlacedState][] {
  if (members.length < 2) return [];
  const inTree = [members[0]!];
  const rest = members.slice(1);
  const edges: [PlacedState, PlacedState][] = [];
  while (rest.length > 0) {
    let best: [number, number, number] = [0, 0, Infinity];
    inTree.forEach((a, i) =>
      rest.forEach((b, j) => {
        const d = Math.hypot(a.x - b.x, a.y - b.y);
        if (d < best[2]) best = [i, j, d];
      }),
    );
    const next = rest.splice(best[1], 1)[0]!;
    edges.push([inTree[best[0]]!, next]);
    inTree.push(next);
  }
  return edges;
}

/** A rounded region around a coalition's discs, in the coalition's colour. */
function hull(members: readonly PlacedState[], color: string): string {
  const points: [number, number][] = [];
  for (const m of members)
    for (let k = 0; k < 12; k++) {
      const angle = (2 * Math.PI * k) / 12;
      points.push([m.x + (m.r + 10) * Math.cos(angle), m.y + (m.r + 10) * Math.sin(angle)]);
    }
  const outline = polygonHull(points);
  if (!outline) return '';
  const d = `M ${outline.map(([x, y]) => `${px(x)} ${px(y)}`).join(' L ')} Z`;
  return `<path class="hull" d="${d}" fill="${color}" fill-opacity="0.18" stroke="${color}" stroke-width="1.5" stroke-linejoin="round"/>`;
}
