/**
 * `/graph`: the model's threat and coalition graph (core's SVG renderer, the same picture the
 * editor shows), rasterised to PNG at 2x for Discord, with the coalitions in words beside it;
 * the whole system or one state's view, one theory or both side by side.
 */
import { renderGraphSvg, renderSystem, type Theory } from '@threatlab/core';
import { resolveState } from '../model/resolve-state.js';
import { discordMarkdown } from '../reply/discord-markdown.js';
import { svgToPng } from '../render/svg-to-png.js';
import { answer, failure, isReply, scenarioFooter, type Handler } from './context.js';
import { THEORY_LABEL } from './theory-names.js';

export const graph: Handler<'graph'> = (request, context) => {
  const session = context.session();
  if (isReply(session)) return answer(session);
  let focus: { id: string; name: string } | undefined;
  if (request.state !== undefined) {
    const state = resolveState(request.state, session.loaded.states);
    if (!state.ok) return failure('Unknown state', state.message);
    focus = state;
  }
  const theory = request.theory ?? 'threat';
  const theories: Theory[] = theory === 'both' ? ['threat', 'power'] : [theory];
  const analysis = session.analysis();
  const png = svgToPng(
    renderGraphSvg(session.scenario, analysis, { theory, ...(focus ? { focus: focus.id } : {}) }),
  );
  const name = `${session.loaded.label.replace(/\.threat$/, '')}${focus ? `-${focus.id}` : ''}-${theory}.png`;
  const label = theories.map((t) => THEORY_LABEL[t]).join(' and ');
  return answer({
    title: focus
      ? `${focus.name}: threats, partners and coalitions under ${label}`
      : `Threats and coalitions under ${label}`,
    tone: 'answer',
    sections: theories.map((t) => ({
      body: discordMarkdown(renderSystem(analysis[t], session.scenario, 'markdown')),
      text: renderSystem(analysis[t], session.scenario, 'text'),
    })),
    files: [
      {
        name,
        data: png,
        description: `${session.scenario.title}: ${focus ? `${focus.name}'s threats and partners` : 'who balances against whom'} under ${label}`,
      },
    ],
    footer: scenarioFooter(session, 'the legend under the picture explains every mark'),
  });
};
