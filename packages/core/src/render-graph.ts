/**
 * The threat and coalition graph as SVG: the editor's "Show predictions" webview and the bot's
 * /graph (which rasterises it to PNG) draw the same picture.
 *
 * States sit on a circle, grouped by predicted coalition and, within a coalition, ordered
 * west to east by capital; a state's disc grows with the square root of its power, so areas
 * compare like power. Each state has one arrow: solid red to the threat it balances against,
 * dashed green to the one it bandwagons with; neutral states have none. Coalitions share a
 * colour, a state that takes a side alone has its own, and a state in no coalition that stays
 * out is grey. Pure and deterministic: the same analysis gives the same
 * bytes.
 */
import type { Evaluation, Analysis } from './evaluation.js';
import type { Scenario, StateId, Theory } from './scenario.js';
import { fixed } from './format.js';
import { stateNamer } from './display-names.js';
import { THEORY_NAMES } from './render-common.js';
import { strategyPhrase } from './strategy-wording.js';

export interface GraphOptions {
  readonly theory: Theory;
  readonly width?: number;
  readonly height?: number;
}

/** Colour-blind-safe qualitative palette (Okabe and Ito), then repeats. */
const COALITION_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];
const NEUTRAL_COLOR = '#9E9E9E';
const BALANCE_COLOR = '#C62828';
const BANDWAGON_COLOR = '#2E7D32';

interface Node {
  readonly id: StateId;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly color: string;
}

export function renderGraphSvg(scenario: Scenario, analysis: Analysis, options: GraphOptions): string {
  const evaluation = options.theory === 'power' ? analysis.power : analysis.threat;
  const width = options.width ?? 900;
  const height = options.height ?? 640;
  const name = stateNamer(scenario);
  const nodes = layout(scenario, evaluation, width, height, name);
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" role="img">`,
    `<title>${escapeXml(`${scenario.title}: predictions under ${THEORY_NAMES[options.theory]}`)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    '<defs>',
    marker('balance-arrow', BALANCE_COLOR),
    marker('bandwagon-arrow', BANDWAGON_COLOR),
    '</defs>',
    `<text x="16" y="28" font-size="18" font-weight="bold" fill="#212121">${escapeXml(scenario.title)}</text>`,
    `<text x="16" y="48" font-size="13" fill="#424242">${escapeXml(`Predictions under ${THEORY_NAMES[options.theory]}`)}</text>`,
  );

  parts.push('<g class="edges">');
  for (const id of evaluation.states) {
    const prediction = evaluation.predictions.get(id);
    if (!prediction || prediction.target === undefined || prediction.strategy === 'neutral') continue;
    const from = byId.get(id);
    const to = byId.get(prediction.target);
    if (!from || !to) continue;
    const balance = prediction.strategy === 'balance';
    const score = evaluation.threat(id, prediction.target);
    parts.push(edge(from, to, balance, score, name));
  }
  parts.push('</g>', '<g class="nodes">');
  for (const node of nodes) {
    const prediction = evaluation.predictions.get(node.id);
    const what = prediction ? strategyPhrase(prediction.strategy, name(prediction.target)) : '';
    parts.push(
      `<g class="state" data-state="${escapeXml(node.id)}">`,
      `<title>${escapeXml(`${node.name}: ${what}; power ${fixed(evaluation.power(node.id), 3)}`)}</title>`,
      `<circle cx="${fixed(node.x, 1)}" cy="${fixed(node.y, 1)}" r="${fixed(node.r, 1)}" fill="${node.color}" fill-opacity="0.85" stroke="#212121" stroke-width="1"/>`,
      label(node, width, height),
      '</g>',
    );
  }
  parts.push('</g>', legend(evaluation, width, height, name), '</svg>');
  return `${parts.join('\n')}\n`;
}

/** Places states on a circle: coalition by coalition, each ordered west to east. */
function layout(
  scenario: Scenario,
  evaluation: Evaluation,
  width: number,
  height: number,
  name: (id: StateId) => string,
): Node[] {
  const coalitionOf = new Map<StateId, number>();
  evaluation.coalitions.forEach((coalition, index) => {
    for (const member of coalition.members) if (!coalitionOf.has(member)) coalitionOf.set(member, index);
  });
  const longitude = new Map(scenario.states.map((s) => [s.id, s.capital?.lon ?? 0]));
  const order = [...evaluation.states].sort((a, b) => {
    const ca = coalitionOf.get(a) ?? Number.MAX_SAFE_INTEGER;
    const cb = coalitionOf.get(b) ?? Number.MAX_SAFE_INTEGER;
    if (ca !== cb) return ca - cb;
    const la = longitude.get(a) ?? 0;
    const lb = longitude.get(b) ?? 0;
    return la !== lb ? la - lb : evaluation.states.indexOf(a) - evaluation.states.indexOf(b);
  });
  const maxPower = Math.max(1e-9, ...order.map((id) => evaluation.power(id)));
  const cx = width / 2;
  const cy = height / 2 + 20;
  const ring = Math.min(width, height) / 2 - 110;
  // A state that takes a side but shares it with no one gets a colour of its own, after the
  // coalitions'; only a state in no coalition that stays out is grey.
  let nextColor = evaluation.coalitions.length;
  return order.map((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, order.length);
    const prediction = evaluation.predictions.get(id);
    let coalition = coalitionOf.get(id);
    if (coalition === undefined && prediction !== undefined && prediction.strategy !== 'neutral')
      coalition = nextColor++;
    const neutral = coalition === undefined;
    return {
      id,
      name: name(id),
      x: cx + ring * Math.cos(angle),
      y: cy + ring * Math.sin(angle),
      r: 8 + 26 * Math.sqrt(evaluation.power(id) / maxPower),
      color: neutral ? NEUTRAL_COLOR : COALITION_COLORS[coalition! % COALITION_COLORS.length]!,
    };
  });
}

function marker(id: string, color: string): string {
  // Sized in user units, so a thick arrow (a strong threat) does not get a huge head.
  return `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${color}"/></marker>`;
}

/** An arrow from the edge of one disc to the edge of the other, bent a little to the side. */
function edge(from: Node, to: Node, balance: boolean, score: number, name: (id: StateId) => string): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.max(1, Math.hypot(dx, dy));
  const ux = dx / length;
  const uy = dy / length;
  const x1 = from.x + ux * from.r;
  const y1 = from.y + uy * from.r;
  const x2 = to.x - ux * (to.r + 3);
  const y2 = to.y - uy * (to.r + 3);
  // Bending every arrow to its left keeps a pair of opposite arrows apart.
  const bend = Math.min(40, length / 6);
  const qx = (x1 + x2) / 2 - uy * bend;
  const qy = (y1 + y2) / 2 + ux * bend;
  const color = balance ? BALANCE_COLOR : BANDWAGON_COLOR;
  const title = `${name(from.id)} ${strategyPhrase(balance ? 'balance' : 'bandwagon', name(to.id))} (threat ${fixed(score)})`;
  return `<path d="M ${fixed(x1, 1)} ${fixed(y1, 1)} Q ${fixed(qx, 1)} ${fixed(qy, 1)} ${fixed(x2, 1)} ${fixed(y2, 1)}" fill="none" stroke="${color}" stroke-width="${fixed(1 + 3 * score, 1)}"${balance ? '' : ' stroke-dasharray="6 4"'} marker-end="url(#${balance ? 'balance-arrow' : 'bandwagon-arrow'})" opacity="0.8"><title>${escapeXml(title)}</title></path>`;
}

/** The name outside the disc, on the side away from the centre. */
function label(node: Node, width: number, height: number): string {
  const cx = width / 2;
  const cy = height / 2 + 20;
  const dx = node.x - cx;
  const dy = node.y - cy;
  const length = Math.max(1, Math.hypot(dx, dy));
  const x = node.x + (dx / length) * (node.r + 8);
  const y = node.y + (dy / length) * (node.r + 8) + 4;
  const anchor = Math.abs(dx) < 20 ? 'middle' : dx > 0 ? 'start' : 'end';
  return `<text x="${fixed(x, 1)}" y="${fixed(y, 1)}" font-size="13" text-anchor="${anchor}" fill="#212121">${escapeXml(node.name)}</text>`;
}

function legend(
  evaluation: Evaluation,
  width: number,
  height: number,
  name: (id: StateId) => string,
): string {
  const lines: string[] = [];
  const x = width - 260;
  // Top right, above the ring, where no state is placed.
  let y = 28;
  const row = (content: string) => {
    lines.push(content);
    y += 18;
  };
  row(`<text x="${x}" y="${y}" font-size="12" font-weight="bold" fill="#212121">Legend</text>`);
  row(
    `<line x1="${x}" y1="${y - 4}" x2="${x + 28}" y2="${y - 4}" stroke="${BALANCE_COLOR}" stroke-width="2"/><text x="${x + 36}" y="${y}" font-size="12" fill="#212121">balances against</text>`,
  );
  row(
    `<line x1="${x}" y1="${y - 4}" x2="${x + 28}" y2="${y - 4}" stroke="${BANDWAGON_COLOR}" stroke-width="2" stroke-dasharray="6 4"/><text x="${x + 36}" y="${y}" font-size="12" fill="#212121">bandwagons with</text>`,
  );
  row(
    `<circle cx="${x + 8}" cy="${y - 4}" r="6" fill="${NEUTRAL_COLOR}"/><text x="${x + 36}" y="${y}" font-size="12" fill="#212121">neutral</text>`,
  );
  evaluation.coalitions.forEach((coalition, index) => {
    const against =
      coalition.against.length > 0 ? ` vs ${coalition.against.map((id) => name(id)).join(', ')}` : '';
    const text = `coalition ${index + 1}${against}`;
    row(
      `<circle cx="${x + 8}" cy="${y - 4}" r="6" fill="${COALITION_COLORS[index % COALITION_COLORS.length]}"/><text x="${x + 36}" y="${y}" font-size="12" fill="#212121">${escapeXml(text.length > 34 ? `${text.slice(0, 33)}…` : text)}</text>`,
    );
  });
  return `<g class="legend">${lines.join('')}</g>`;
}

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}
