/**
 * `/explain state`, "why does Italy side with France?": the model's explanation of a state's
 * prediction, rendered by the model's own renderer; with a partner named, a first sentence on
 * whether the model puts the two together.
 */
import { renderExplanation, type Explanation } from '@threatlab/core';
import { resolveState } from '../model/resolve-state.js';
import { discordMarkdown } from '../reply/discord-markdown.js';
import type { AnalyzedScenario } from '../model/analyzed-scenario.js';
import { answer, failure, isReply, scenarioFooter, type Handler } from './context.js';
import { conceptAnswer, findConcept } from './concept.js';
import { THEORY_LABEL } from './theory-names.js';

export const explainState: Handler<'explain'> = (request, context) => {
  const session = context.session();
  if (isReply(session)) return answer(session);
  const state = resolveState(request.state, session.loaded.states);
  if (!state.ok) {
    // "explain bandwagoning" asks for a concept, not a state.
    const concept = findConcept(request.state);
    if (concept) return conceptAnswer(concept);
    return failure('Unknown state', state.message);
  }
  const theory = request.theory ?? 'threat';
  const explanation = session.explain(state.id, theory);
  if (!explanation) return failure('No explanation', `The model has no prediction for "${state.name}"`);
  const sections = [];
  if (request.partner) {
    const partner = resolveState(request.partner, session.loaded.states);
    if (!partner.ok) return failure('Unknown state', partner.message);
    sections.push({ body: partnerSentence(explanation, partner.id, partner.name, session) });
  }
  const markdown = renderExplanation(explanation, session.scenario, 'markdown');
  sections.push({
    body: discordMarkdown(markdown),
    text: renderExplanation(explanation, session.scenario, 'text'),
  });
  return answer({
    title: `Why ${state.name} ${verbPhrase(explanation)}`,
    tone: explanation.contrast.diverges ? 'divergence' : 'answer',
    sections,
    footer: scenarioFooter(session, THEORY_LABEL[theory]),
  });
};

function verbPhrase(explanation: Explanation): string {
  const p = explanation.prediction;
  return p.strategy === 'balance' ? 'balances' : p.strategy === 'bandwagon' ? 'bandwagons' : 'stays neutral';
}

/** Whether the prediction puts the state with `partner`, in one sentence. */
function partnerSentence(
  explanation: Explanation,
  partner: string,
  partnerName: string,
  session: AnalyzedScenario,
): string {
  const p = explanation.prediction;
  const name = (id: string | undefined) => session.loaded.states.find((s) => s.id === id)?.name ?? id ?? '';
  const subject = explanation.stateName;
  if (p.partners.includes(partner)) {
    return p.strategy === 'bandwagon'
      ? `Yes: ${subject} is predicted to bandwagon with ${partnerName}.`
      : `Yes: the model puts ${subject} with ${partnerName}, both balancing against ${name(p.target)}.`;
  }
  if (p.strategy === 'balance' && p.target === partner)
    return `No: the model has ${subject} balancing *against* ${partnerName}, not siding with it.`;
  const doing =
    p.strategy === 'balance'
      ? `balances against ${name(p.target)}`
      : p.strategy === 'bandwagon'
        ? `bandwagons with ${name(p.target)}`
        : 'stays neutral';
  return `The model does not put ${subject} with ${partnerName}: ${subject} ${doing}.`;
}
