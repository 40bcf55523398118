/**
 * "Balance of power or balance of threat here?": where the two theories disagree, and which
 * of them reads the declared alliances as balancing. Every judgement here is the model's
 * (predictions and alliance verdicts); this handler only counts and lists them.
 */
import type { Evaluation } from '@threatlab/core';
import { answer, isReply, scenarioFooter, type Handler } from './context.js';
import { predictionsSection } from './predict.js';

export const compareTheories: Handler<'compare-theories'> = (_request, context) => {
  const session = context.session();
  if (isReply(session)) return answer(session);
  const analysis = session.analysis();
  const name = (id: string | undefined) => session.loaded.states.find((s) => s.id === id)?.name ?? id ?? '';
  const divergent = analysis.threat.states.filter((id) => {
    const a = analysis.threat.predictions.get(id);
    const b = analysis.power.predictions.get(id);
    return a?.strategy !== b?.strategy || a?.target !== b?.target;
  });
  const total = analysis.threat.states.length;
  const lead =
    divergent.length === 0
      ? `Here the two theories agree on all ${total} states: power alone explains the alignments as well as threat does.`
      : `The theories disagree on ${divergent.length} of ${total} states: ${divergent.map((id) => `**${name(id)}**`).join(', ')}. ` +
        'Where they differ, balance of threat points at the state that is closer, better armed for attack or more hostile; balance of power at the strongest.';
  const sections = [{ body: lead }];
  const alliances = analysis.threat.alliances.length;
  if (alliances > 0) {
    const explained = (e: Evaluation) => e.alliances.filter((a) => a.verdict !== 'anomalous').length;
    const t = explained(analysis.threat);
    const p = explained(analysis.power);
    const verdict =
      t === p
        ? 'Both read the same number of them as balancing or bandwagoning.'
        : t > p
          ? 'Balance of threat fits the declared alliances better.'
          : 'Balance of power fits the declared alliances better.';
    sections.push({
      body: `Of the ${alliances} declared alliances, balance of threat explains ${t} and balance of power ${p}. ${verdict}`,
    });
  }
  sections.push(predictionsSection(analysis, session.scenario));
  return answer({
    title: 'Balance of threat or balance of power?',
    tone: divergent.length > 0 ? 'divergence' : 'answer',
    sections,
    footer: scenarioFooter(session),
  });
};
