/**
 * `/predict`: every state's prediction under both theories, with the states where they part
 * ways marked, and the predicted coalitions; or one state's two predictions.
 */
import { renderPredictions, renderSystem, type Analysis, type Scenario } from '@threatlab/core';
import { resolveState } from '../model/resolve-state.js';
import { discordMarkdown } from '../reply/discord-markdown.js';
import type { ReplySection } from '../reply/reply.js';
import { answer, failure, isReply, scenarioFooter, type Handler } from './context.js';

export const predict: Handler<'predict'> = (request, context) => {
  const session = context.session();
  if (isReply(session)) return answer(session);
  let scenario: Scenario = session.scenario;
  let analysis: Analysis;
  let label = '';
  if (request.variant) {
    const variant = session.variant(request.variant);
    if (!variant) {
      const names = session.loaded.variants.map((v) => `"${v.name}"`);
      return failure(
        'Unknown variant',
        `The scenario has no variant "${request.variant}"; ${names.length > 0 ? `its variants are ${names.join(', ')}` : 'it has no variants'}`,
      );
    }
    ({ scenario, analysis } = variant);
    label = `variant "${request.variant}"`;
  } else {
    analysis = session.analysis();
  }
  const divergent = analysis.threat.states.filter((id) => {
    const a = analysis.threat.predictions.get(id);
    const b = analysis.power.predictions.get(id);
    return a?.strategy !== b?.strategy || a?.target !== b?.target;
  });
  const sections: ReplySection[] = [];
  if (request.state) {
    const state = resolveState(request.state, session.loaded.states);
    if (!state.ok) return failure('Unknown state', state.message);
    const only = analysis.threat.states.filter((id) => id === state.id);
    const narrowed: Analysis = {
      ...analysis,
      threat: { ...analysis.threat, states: only },
      power: { ...analysis.power, states: only },
    };
    sections.push(predictionsSection(narrowed, scenario));
  } else {
    sections.push(predictionsSection(analysis, scenario));
    const system = renderSystem(analysis.threat, scenario, 'markdown');
    sections.push({ body: discordMarkdown(system), text: renderSystem(analysis.threat, scenario, 'text') });
  }
  return answer({
    title: request.state ? `Predictions for ${request.state}` : `Predictions${label ? ` for ${label}` : ''}`,
    tone: divergent.length > 0 ? 'divergence' : 'answer',
    sections,
    footer: scenarioFooter(session, label || undefined),
  });
};

export function predictionsSection(analysis: Analysis, scenario: Scenario): ReplySection {
  const markdown = renderPredictions(analysis, scenario, { theory: 'both', format: 'markdown' });
  return {
    body: discordMarkdown(markdown),
    text: renderPredictions(analysis, scenario, { theory: 'both', format: 'text' }),
  };
}
