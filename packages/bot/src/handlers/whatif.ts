/**
 * `/whatif`, "what if Germany's intentions were benign?": the model's `applyChange` on the
 * channel's scenario, evaluated again, and every prediction that changed against the base.
 */
import {
  describeChange,
  fixed,
  predictionPhrase,
  stateNamer,
  whatIf as analyzeWhatIf,
  type AnalysisComparison,
  type FactChange,
} from '@threatlab/core';
import type { AnalyzedScenario } from '../model/analyzed-scenario.js';
import { resolveState } from '../model/resolve-state.js';
import type { ReplySection } from '../reply/reply.js';
import type { WhatIfChange } from '../request.js';
import { answer, failure, isReply, scenarioFooter, type Handler } from './context.js';
import { THEORY_LABEL } from './theory-names.js';
import { whatIfValue } from './whatif-value.js';

export const whatIf: Handler<'whatif'> = (request, context) => {
  const session = context.session();
  if (isReply(session)) return answer(session);
  const change = factChange(request.change, session);
  if (typeof change === 'string') return failure('Cannot make that change', change);
  const word = whatIfValue(request.change);
  const { comparison } = analyzeWhatIf(session.scenario, session.analysis(), change);
  const name = stateNamer(session.scenario);
  const sections: ReplySection[] = [];
  let anyChange = false;
  for (const theory of ['threat', 'power'] as const) {
    const lines = comparison.predictions[theory].map(
      (c) =>
        `- **${name(c.state)}**: ${predictionPhrase(c.before, name)} → **${predictionPhrase(c.after, name)}**`,
    );
    if (lines.length > 0) anyChange = true;
    sections.push({
      title: `Under ${THEORY_LABEL[theory]}`,
      body: lines.length > 0 ? lines.join('\n') : 'No prediction changes.',
    });
  }
  const moved = biggestThreatMoves(comparison, name);
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

/** The threat scores that moved most, as list lines. */
function biggestThreatMoves(
  comparison: AnalysisComparison,
  name: (id: string | undefined) => string,
  shown = 5,
): string[] {
  return comparison.threats
    .slice(0, shown)
    .map((m) => `- ${name(m.target)} as seen by ${name(m.observer)}: ${fixed(m.before)} → ${fixed(m.after)}`);
}
