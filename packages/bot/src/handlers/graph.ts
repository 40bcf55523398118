/**
 * `/graph`: the model's threat and coalition graph (core's SVG renderer, the same picture the
 * editor shows), rasterised to PNG for Discord, with the coalitions in words beside it.
 */
import { renderGraphSvg, renderSystem } from '@threatlab/core';
import { discordMarkdown } from '../reply/discord-markdown.js';
import { svgToPng } from '../render/svg-to-png.js';
import { answer, isReply, scenarioFooter, type Handler } from './context.js';
import { THEORY_LABEL } from './theory-names.js';

export const graph: Handler<'graph'> = (request, context) => {
  const session = context.session();
  if (isReply(session)) return answer(session);
  const theory = request.theory ?? 'threat';
  const analysis = session.analysis();
  const png = svgToPng(renderGraphSvg(session.scenario, analysis, { theory }));
  const name = `${session.loaded.label.replace(/\.threat$/, '')}-${theory}.png`;
  const evaluation = analysis[theory];
  return answer({
    title: `Threats and coalitions under ${THEORY_LABEL[theory]}`,
    tone: 'answer',
    sections: [
      {
        body: discordMarkdown(renderSystem(evaluation, session.scenario, 'markdown')),
        text: renderSystem(evaluation, session.scenario, 'text'),
      },
    ],
    files: [
      {
        name,
        data: png,
        description: `${session.scenario.title}: who balances against whom under ${THEORY_LABEL[theory]}`,
      },
    ],
    footer: scenarioFooter(
      session,
      'red: balances against · green dashed: bandwagons with · disc area: power',
    ),
  });
};
