/**
 * `/whatif`, "what if Germany's intentions were benign?": the model's `applyChange` on the
 * channel's scenario, evaluated again, and every prediction that changed against the base.
 */
import {
  analyze,
  applyChange,
  describeChange,
  type Analysis,
  type FactChange,
  type Theory,
} from '@threatlab/core';
import { withoutClaims, type AnalyzedScenario } from '../model/analyzed-scenario.js';
import { resolveState } from '../model/resolve-state.js';
import type { ReplySection } from '../reply/reply.js';
import type { WhatIfChange } from '../request.js';
import { answer, failure, fixed, isReply, scenarioFooter, type Handler } from './context.js';
import { THEORY_LABEL } from './theory-names.js';
import { whatIfValue } from './whatif-value.js';

export const whatIf: Handler<'whatif'> = (request, context) => {
  const session = context.session();
  if (isReply(session)) return answer(session);
  const change = factChange(request.change, session);
  if (typeof change === 'string') return failure('Cannot make that change', change);
  const word = whatIfValue(request.change);
  const base = session.analysis();
  const changed = analyze(withoutClaims(applyChange(session.scenario, change)), { counterfactuals: false });
  const name = (id: string | undefined) => session.loaded.states.find((s) => s.id === id)?.name ?? id ?? '';
  const sections: ReplySection[] = [];
  let anyChange = false;
  for (const theory of ['threat', 'power'] as const) {
    const lines = changedPredictions(base, changed, theory, name);
    if (lines.length > 0) anyChange = true;
    sections.push({
      title: `Under ${THEORY_LABEL[theory]}`,
      body: lines.length > 0 ? lines.join('\n') : 'No prediction changes.',
    });
  }
  const moved = biggestThreatChanges(base, changed, name);
  if (moved.length > 0) sections.push({ title: 'Threats that moved most', body: moved.join('\n') });
  return answer({
    title: `What if: ${describeChange(change, session.scenario, 'change')}${word.ok && word.word ? ` (${word.word})` : ''}`,
    tone: anyChange ? 'divergence' : 'answer',
    sections,
    footer: scenarioFooter(session, 'what-if against the base scenario; nothing saved'),
  });
};

/** The member's change as the model's `FactChange`, with the value it replaces; or why it cannot be made. */
function factChange(change: WhatIfChange, session: AnalyzedScenario): FactChange | string {
  const states = session.loaded.states;
  const value = whatIfValue(change);
  if (!value.ok) return value.message;
  const evaluation = session.analysis().threat;
  if (change.fact === 'perception') {
    const observer = resolveState(change.observer, states);
    if (!observer.ok) return observer.message;
    const target = resolveState(change.target, states);
    if (!target.ok) return target.message;
    if (observer.id === target.id) return `A state's perception of itself is not part of the model`;
    const declared = session.scenario.perceptions.find(
      (p) => p.observer === observer.id && p.target === target.id,
    );
    const from =
      declared?.intent ??
      evaluation.assessment(observer.id, target.id)?.factors.find((f) => f.factor === 'intent')?.value ??
      0;
    return { kind: 'perception', observer: observer.id, target: target.id, from, to: value.value };
  }
  const state = resolveState(change.state, states);
  if (!state.ok) return state.message;
  const facts = session.scenario.states.find((s) => s.id === state.id);
  switch (change.fact) {
    case 'intent':
      return {
        kind: 'intent',
        state: state.id,
        from: facts?.intent ?? evaluation.settings['default-intent'],
        to: value.value,
      };
    case 'offense':
      return {
        kind: 'offense',
        state: state.id,
        from: facts?.offense ?? evaluation.settings['default-offense'],
        to: value.value,
      };
    case 'power':
      return { kind: 'power', state: state.id, from: evaluation.power(state.id), to: value.value };
  }
}

function phrase(strategy: string, target: string): string {
  return strategy === 'balance'
    ? `balances against ${target}`
    : strategy === 'bandwagon'
      ? `bandwagons with ${target}`
      : 'stays neutral';
}

function changedPredictions(
  base: Analysis,
  changed: Analysis,
  theory: Theory,
  name: (id: string | undefined) => string,
): string[] {
  const lines: string[] = [];
  for (const id of base[theory].states) {
    const before = base[theory].predictions.get(id);
    const after = changed[theory].predictions.get(id);
    if (!before || !after || (before.strategy === after.strategy && before.target === after.target)) continue;
    lines.push(
      `- **${name(id)}**: ${phrase(before.strategy, name(before.target))} → **${phrase(after.strategy, name(after.target))}**`,
    );
  }
  return lines;
}

function biggestThreatChanges(
  base: Analysis,
  changed: Analysis,
  name: (id: string | undefined) => string,
  shown = 5,
): string[] {
  const ids = base.threat.states;
  const moves: { observer: string; target: string; before: number; after: number }[] = [];
  for (const observer of ids) {
    for (const target of ids) {
      if (observer === target) continue;
      const before = base.threat.threat(observer, target);
      const after = changed.threat.threat(observer, target);
      if (Math.abs(after - before) >= 0.005) moves.push({ observer, target, before, after });
    }
  }
  return moves
    .sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before))
    .slice(0, shown)
    .map((m) => `- ${name(m.target)} as seen by ${name(m.observer)}: ${fixed(m.before)} → ${fixed(m.after)}`);
}
