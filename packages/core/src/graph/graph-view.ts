/**
 * What one panel of the graph shows, before anything is placed: which states are drawn, which
 * arrows, threat lines and alliances, and how many were left out and why.
 *
 * Three views:
 * - the whole system, when it is small: every state, every arrow, every declared alliance;
 * - the whole system, when it is large (more than `LARGE_SYSTEM` states): every state, coloured
 *   by coalition, but only the arrows of the most powerful states; the rest are counted;
 * - a focus on one state: the state, its ranked threats, its partners and the coalitions they
 *   belong to, with the arrows among them; the other states are drawn faintly for orientation.
 */
import type { Evaluation } from '../evaluation.js';
import type { AllianceVerdict, Strategy } from '../explanation.js';
import type { StateId } from '../scenario.js';

/** Above this many states the whole-system view draws only the strongest states' arrows. */
export const LARGE_SYSTEM = 40;
/** Arrows drawn in the whole-system view of a large system. */
export const OVERVIEW_ARROWS = 16;
/** Threats to the focus state drawn, greatest first. */
export const FOCUS_THREATS = 5;
/** States drawn in full in a focus view; coalition members beyond it are counted, not drawn. */
export const FOCUS_STATES = 16;

/** One state's arrow to the threat its strategy answers. */
export interface Arrow {
  readonly from: StateId;
  readonly to: StateId;
  readonly strategy: Strategy;
  /** The threat score of `to` as seen by `from` under the panel's theory, in [0, 1]. */
  readonly score: number;
}

/** A line from a threat to the focus state, with its rank among the focus state's threats. */
export interface ThreatLine {
  readonly from: StateId;
  readonly to: StateId;
  readonly rank: number;
  readonly score: number;
}

/** A declared alliance as drawn: its members in the picture and the model's verdict. */
export interface AllianceLink {
  readonly name: string;
  /** The members that are drawn, in declaration order. */
  readonly members: readonly StateId[];
  readonly verdict: AllianceVerdict;
  readonly reason: string;
}

/** What one theory's panel shows, and what it left out. */
export interface PanelView {
  readonly evaluation: Evaluation;
  /** States drawn in full (disc and label), most powerful first. */
  readonly drawn: readonly StateId[];
  readonly arrows: readonly Arrow[];
  /** Arrows of drawn states that were not drawn (large whole-system view, focus view). */
  readonly hiddenArrows: number;
  readonly threatLines: readonly ThreatLine[];
  readonly alliances: readonly AllianceLink[];
  readonly hiddenAlliances: number;
  /** Coalition members left out of a focus view. */
  readonly hiddenMembers: number;
  /** The index of each drawn state's coalition in `evaluation.coalitions`. */
  readonly coalitionOf: ReadonlyMap<StateId, number>;
}

/** A state takes a side when its strategy has a target and is not neutral. */
export function takesSide(evaluation: Evaluation, id: StateId): boolean {
  const prediction = evaluation.predictions.get(id);
  return prediction !== undefined && prediction.strategy !== 'neutral' && prediction.target !== undefined;
}

/** The index of each state's coalition (the first that lists it). */
export function coalitionIndex(evaluation: Evaluation): Map<StateId, number> {
  const index = new Map<StateId, number>();
  evaluation.coalitions.forEach((coalition, i) => {
    for (const member of coalition.members) if (!index.has(member)) index.set(member, i);
  });
  return index;
}

/** States by power, greatest first, then in declaration order. */
export function byPower(evaluation: Evaluation, ids: Iterable<StateId>): StateId[] {
  const order = new Map(evaluation.states.map((id, i) => [id, i]));
  return [...ids].sort(
    (a, b) => evaluation.power(b) - evaluation.power(a) || (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
}

/** Partners of the focus state drawn, the most powerful first. */
export const FOCUS_PARTNERS = 6;

/** The focus state, what its strategy answers, its ranked threats and its strongest partners. */
export function focusCore(evaluation: Evaluation, focus: StateId): Set<StateId> {
  const prediction = evaluation.predictions.get(focus);
  const core = new Set<StateId>([focus]);
  if (prediction) {
    if (prediction.target !== undefined) core.add(prediction.target);
    for (const t of prediction.threats.slice(0, FOCUS_THREATS)) if (t.score > 0) core.add(t.target);
    for (const p of byPower(evaluation, prediction.partners).slice(0, FOCUS_PARTNERS)) core.add(p);
  }
  return core;
}

/** The states a focus on `focus` draws in full under one theory, and how many were left out. */
export function focusSelection(evaluation: Evaluation, focus: StateId): { states: StateId[]; left: number } {
  const prediction = evaluation.predictions.get(focus);
  const core = focusCore(evaluation, focus);
  // The coalitions of the focus state and its partners, strongest members first, up to the cap.
  const coalitions = coalitionIndex(evaluation);
  const extra = new Set<StateId>();
  for (const id of [focus, ...(prediction?.partners ?? [])]) {
    const c = coalitions.get(id);
    if (c === undefined) continue;
    for (const member of evaluation.coalitions[c]!.members) if (!core.has(member)) extra.add(member);
  }
  const room = Math.max(0, FOCUS_STATES - core.size);
  const ranked = byPower(evaluation, extra);
  return { states: [...core, ...ranked.slice(0, room)], left: Math.max(0, ranked.length - room) };
}

/**
 * The panel for one theory. `drawn` is the set of states the picture draws in full (the same
 * for both panels of a side-by-side picture, so that the states sit in the same places).
 */
export function panelView(
  evaluation: Evaluation,
  drawn: readonly StateId[],
  focus: StateId | undefined,
  hiddenMembers: number,
): PanelView {
  const inView = new Set(drawn);
  const coalitionOf = coalitionIndex(evaluation);
  const all: Arrow[] = [];
  for (const id of drawn) {
    const prediction = evaluation.predictions.get(id);
    if (!prediction || !takesSide(evaluation, id) || !inView.has(prediction.target!)) continue;
    all.push({
      from: id,
      to: prediction.target!,
      strategy: prediction.strategy,
      score: evaluation.threat(id, prediction.target!),
    });
  }
  const overview = focus === undefined && evaluation.states.length > LARGE_SYSTEM;
  // In the overview, the arrows of the strongest states: they decide what the coalitions face.
  // In a focus view, the arrows of the focus state, its threats and partners, and those aimed at it.
  const core = focus !== undefined ? focusCore(evaluation, focus) : undefined;
  const arrows = overview
    ? all.slice(0, OVERVIEW_ARROWS)
    : core
      ? all.filter((a) => core.has(a.from) || a.to === focus)
      : all;

  const threatLines: ThreatLine[] = [];
  if (focus !== undefined) {
    for (const t of evaluation.predictions.get(focus)?.threats.slice(0, FOCUS_THREATS) ?? [])
      if (t.score > 0 && inView.has(t.target))
        threatLines.push({ from: t.target, to: focus, rank: t.rank, score: t.score });
  }

  const alliances: AllianceLink[] = [];
  let hiddenAlliances = 0;
  for (const alliance of evaluation.alliances) {
    // A focus view shows the focus state's own alliances; the others are not its story.
    if (focus !== undefined && !alliance.members.includes(focus)) continue;
    const members = alliance.members.filter((m) => inView.has(m));
    if (overview || members.length < 2) {
      hiddenAlliances++;
      continue;
    }
    alliances.push({ name: alliance.name, members, verdict: alliance.verdict, reason: alliance.reason });
  }
  return {
    evaluation,
    drawn,
    arrows,
    hiddenArrows: all.length - arrows.length,
    threatLines,
    alliances,
    hiddenAlliances,
    hiddenMembers,
    coalitionOf,
  };
}
