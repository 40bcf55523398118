/**
 * "Who balances against X?" and "who bandwagons with X?": the states whose predicted strategy
 * answers X, read from the model's predictions, with the other theory's answer for contrast.
 */
import type { Strategy, Theory } from '@threatlab/core';
import { resolveState } from '../model/resolve-state.js';
import type { AnswerResult } from '../engine/jobs.js';
import { answer, failure, fixed, isReply, scenarioFooter, type HandlerContext } from './context.js';
import { otherTheory, THEORY_LABEL } from './theory-names.js';

const VERB: Readonly<Record<'balance' | 'bandwagon', { title: string; phrase: string; none: string }>> = {
  balance: {
    title: 'Who balances against',
    phrase: 'balance against',
    none: 'No state is predicted to balance against',
  },
  bandwagon: {
    title: 'Who bandwagons with',
    phrase: 'bandwagon with',
    none: 'No state is predicted to bandwagon with',
  },
};

export function alignedWith(
  strategy: 'balance' | 'bandwagon',
  rawTarget: string,
  theory: Theory,
  context: HandlerContext,
): AnswerResult {
  const session = context.session();
  if (isReply(session)) return answer(session);
  const target = resolveState(rawTarget, session.loaded.states);
  if (!target.ok) return failure('Unknown state', target.message);
  const analysis = session.analysis();
  const name = (id: string) => session.loaded.states.find((s) => s.id === id)?.name ?? id;
  const verb = VERB[strategy];

  const answering = (t: Theory) =>
    [...analysis[t].predictions.values()].filter(
      (p) => p.strategy === (strategy as Strategy) && p.target === target.id,
    );
  const own = answering(theory);
  const other = answering(otherTheory(theory));

  const sections = [];
  if (own.length === 0) {
    sections.push({
      body: `${verb.none} **${target.name}** under ${THEORY_LABEL[theory]}.${strategy === 'bandwagon' ? ' Walt finds bandwagoning rare: it takes a weak state, close to the threat, with no allies able to help.' : ''}`,
    });
  } else {
    const lines = own.map((p) => {
      const score = analysis[theory].threat(p.state, target.id);
      return `- **${name(p.state)}** (threat ${fixed(score)}): ${p.rule.summary}`;
    });
    sections.push({
      body: `Under ${THEORY_LABEL[theory]}, ${own.length === 1 ? 'one state is' : `${own.length} states are`} predicted to ${verb.phrase} **${target.name}**:\n${lines.join('\n')}`,
    });
  }
  const ownSet = new Set(own.map((p) => p.state));
  const otherSet = new Set(other.map((p) => p.state));
  const same = ownSet.size === otherSet.size && [...ownSet].every((s) => otherSet.has(s));
  const otherLabel = THEORY_LABEL[otherTheory(theory)];
  sections.push({
    title: `Under ${otherLabel}`,
    body: same
      ? `The same answer.`
      : other.length === 0
        ? `No state would ${verb.phrase} ${target.name}: the two theories disagree.`
        : `${other.map((p) => name(p.state)).join(', ')} would ${verb.phrase} ${target.name}: the two theories disagree.`,
  });
  return answer({
    title: `${verb.title} ${target.name}?`,
    tone: same ? 'answer' : 'divergence',
    sections,
    footer: scenarioFooter(session, THEORY_LABEL[theory]),
  });
}
