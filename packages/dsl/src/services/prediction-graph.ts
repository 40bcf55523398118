/**
 * The alliance and threat graph of a scenario, as data and as SVG: states placed on a circle
 * (sized by power), declared alliances and borders as lines, and, once the model has run,
 * each state's predicted strategy as an arrow to the state it balances against or bandwagons
 * with, and coalitions as colours. The editor's predictions view shows the SVG; the bot can
 * send the same picture.
 */
import type { Coalition, Prediction, Scenario, StateId, Theory } from '@threatlab/core';

/** The model's output the graph draws; core's `Evaluation` has this shape. */
export interface GraphModel {
  readonly theory: Theory;
  readonly predictions: ReadonlyMap<StateId, Prediction>;
  readonly coalitions: readonly Coalition[];
}

export interface GraphNode {
  readonly id: StateId;
  readonly name: string;
  readonly power: number;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** Index into the coalitions, or -1 when the state belongs to none. */
  readonly coalition: number;
  readonly strategy?: Prediction['strategy'];
}

export interface GraphEdge {
  readonly from: StateId;
  readonly to: StateId;
  readonly kind: 'alliance' | 'border' | 'balances' | 'bandwagons';
  readonly label?: string;
}

export interface PredictionGraph {
  readonly title: string;
  readonly theory?: Theory;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly coalitions: readonly Coalition[];
}

const SIZE = 720;

export function predictionGraph(scenario: Scenario, model?: GraphModel): PredictionGraph {
  const n = scenario.states.length;
  const centre = SIZE / 2;
  const ring = n <= 1 ? 0 : SIZE / 2 - 90;
  const coalitionOf = new Map<StateId, number>();
  model?.coalitions.forEach((coalition, index) => {
    for (const member of coalition.members) coalitionOf.set(member, index);
  });
  const shareOf = (state: Scenario['states'][number]) => (state.power.kind === 'share' ? state.power.share : 0);
  const maxShare = Math.max(1e-9, ...scenario.states.map(shareOf));
  const nodes: GraphNode[] = scenario.states.map((state, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n) - Math.PI / 2;
    const power = shareOf(state);
    const prediction = model?.predictions.get(state.id);
    return {
      id: state.id,
      name: state.name,
      power,
      x: round(centre + ring * Math.cos(angle)),
      y: round(centre + ring * Math.sin(angle)),
      radius: round(n > 60 ? 4 : 8 + 22 * Math.sqrt(power / maxShare)),
      coalition: coalitionOf.get(state.id) ?? -1,
      ...(prediction ? { strategy: prediction.strategy } : {}),
    };
  });
  const edges: GraphEdge[] = [];
  for (const link of scenario.links) if (link.kind === 'land') edges.push({ from: link.a, to: link.b, kind: 'border' });
  for (const alliance of scenario.alliances) {
    for (let i = 0; i < alliance.members.length; i++) {
      for (let j = i + 1; j < alliance.members.length; j++) {
        edges.push({ from: alliance.members[i]!, to: alliance.members[j]!, kind: 'alliance', label: alliance.name });
      }
    }
  }
  if (model) {
    for (const prediction of model.predictions.values()) {
      if (!prediction.target || prediction.strategy === 'neutral') continue;
      edges.push({ from: prediction.state, to: prediction.target, kind: prediction.strategy === 'balance' ? 'balances' : 'bandwagons' });
    }
  }
  return {
    title: scenario.title,
    ...(model ? { theory: model.theory } : {}),
    width: SIZE,
    height: SIZE,
    nodes,
    edges,
    coalitions: model?.coalitions ?? [],
  };
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#bcbd22', '#7f7f7f'];

/** The colour of a coalition, by index; grey for none. */
export function coalitionColour(index: number): string {
  return index < 0 ? '#b0b0b0' : PALETTE[index % PALETTE.length]!;
}

/** The graph as a standalone SVG document. */
export function predictionGraphSvg(graph: PredictionGraph): string {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${graph.width} ${graph.height + 40}" width="${graph.width}" height="${graph.height + 40}" role="img" aria-label="${escape(graph.title)}">`);
  out.push('<defs>');
  for (const [id, colour] of [['balances', '#c0392b'], ['bandwagons', '#27ae60']] as const) {
    out.push(`<marker id="arrow-${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${colour}"/></marker>`);
  }
  out.push('</defs>');
  out.push(`<title>${escape(graph.title)}</title>`);
  out.push('<g class="edges">');
  for (const edge of graph.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) continue;
    if (edge.kind === 'border') {
      out.push(`<line class="border" x1="${from.x}" y1="${from.y}" x2="${to.x}" y2="${to.y}" stroke="#cccccc" stroke-width="1"/>`);
    } else if (edge.kind === 'alliance') {
      out.push(`<line class="alliance" x1="${from.x}" y1="${from.y}" x2="${to.x}" y2="${to.y}" stroke="#34495e" stroke-width="3" stroke-opacity="0.6"><title>${escape(edge.label ?? 'alliance')}</title></line>`);
    } else {
      // Stop the arrow at the target's edge, so its head is visible.
      const dx = to.x - from.x;
      const dy = to.y - from.y;
      const length = Math.max(1, Math.hypot(dx, dy));
      const x2 = round(to.x - (dx / length) * (to.radius + 3));
      const y2 = round(to.y - (dy / length) * (to.radius + 3));
      const colour = edge.kind === 'balances' ? '#c0392b' : '#27ae60';
      const verb = edge.kind === 'balances' ? 'balances against' : 'bandwagons with';
      out.push(`<line class="${edge.kind}" x1="${from.x}" y1="${from.y}" x2="${x2}" y2="${y2}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="${edge.kind === 'balances' ? '5 3' : '2 2'}" marker-end="url(#arrow-${edge.kind})"><title>${escape(`${from.name} ${verb} ${to.name}`)}</title></line>`);
    }
  }
  out.push('</g>');
  out.push('<g class="states">');
  for (const node of graph.nodes) {
    const fill = coalitionColour(node.coalition);
    const detail = `${node.name}: power ${Number((node.power * 100).toFixed(1))}%${node.strategy ? `, ${node.strategy}` : ''}`;
    out.push(`<g class="state" data-state="${escape(node.id)}"><circle cx="${node.x}" cy="${node.y}" r="${node.radius}" fill="${fill}" stroke="#222" stroke-width="1"><title>${escape(detail)}</title></circle>`);
    out.push(`<text x="${node.x}" y="${round(node.y + node.radius + 13)}" text-anchor="middle" font-size="12" font-family="sans-serif" fill="currentColor">${escape(node.name)}</text></g>`);
  }
  out.push('</g>');
  const legend = graph.theory
    ? `Arrows: dashed red balances against, dotted green bandwagons with. Colours: predicted coalitions (${graph.theory === 'threat' ? 'balance of threat' : 'balance of power'}). Dark lines: declared alliances.`
    : 'Dark lines: declared alliances. Grey lines: land borders.';
  out.push(`<text class="legend" x="10" y="${graph.height + 25}" font-size="12" font-family="sans-serif" fill="currentColor">${escape(legend)}</text>`);
  out.push('</svg>');
  return out.join('\n');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
