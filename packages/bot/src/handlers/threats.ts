/** `/threats`, "what threatens Italy most?": the ranked threats to a state, factor by factor. */
import { resolveState } from '../model/resolve-state.js';
import { answer, failure, fixed, isReply, percent, scenarioFooter, type Handler } from './context.js';
import { THEORY_LABEL } from './theory-names.js';

const SHOWN = 3;

export const threats: Handler<'threats'> = (request, context) => {
  const session = context.session();
  if (isReply(session)) return answer(session);
  const state = resolveState(request.state, session.loaded.states);
  if (!state.ok) return failure('Unknown state', state.message);
  const theory = request.theory ?? 'threat';
  const prediction = session.analysis()[theory].predictions.get(state.id);
  const ranked = prediction?.threats ?? [];
  const name = (id: string) => session.loaded.states.find((s) => s.id === id)?.name ?? id;
  if (ranked.length === 0)
    return answer({
      title: `What threatens ${state.name}?`,
      tone: 'answer',
      sections: [{ body: `Nothing: ${state.name} is the only state in the scenario.` }],
      footer: scenarioFooter(session),
    });
  const sections = ranked.slice(0, SHOWN).map((threat) => ({
    title: `${threat.rank}. ${name(threat.target)}: threat ${fixed(threat.score)}`,
    body: [...threat.factors]
      .filter((f) => f.weight > 0)
      .sort((a, b) => b.share - a.share)
      .map((f) => `- **${f.factor}** ${percent(f.share)} of the threat (value ${fixed(f.value)}): ${f.basis}`)
      .join('\n'),
  }));
  const rest = ranked.slice(SHOWN);
  if (rest.length > 0)
    sections.push({
      title: 'Then',
      body: rest.map((t) => `${name(t.target)} ${fixed(t.score)}`).join(' · '),
    });
  return answer({
    title: `What threatens ${state.name} most?`,
    tone: 'answer',
    sections: [
      { body: `Under ${THEORY_LABEL[theory]}, ${name(ranked[0]!.target)} threatens ${state.name} most.` },
      ...sections,
    ],
    footer: scenarioFooter(session, THEORY_LABEL[theory]),
  });
};
