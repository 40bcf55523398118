/**
 * `/graph`: a PNG of who threatens whom and the predicted coalitions.
 *
 * FIXME: the picture comes from the model's SVG renderer, which packages/core does not have yet;
 * until it lands this answers with the coalitions in words.
 */
import { renderSystem } from '@threatlab/core';
import { discordMarkdown } from '../reply/discord-markdown.js';
import { answer, isReply, scenarioFooter, type Handler } from './context.js';

export const graph: Handler<'graph'> = (_request, context) => {
  const session = context.session();
  if (isReply(session)) return answer(session);
  const evaluation = session.analysis().threat;
  return answer({
    title: 'Threats and coalitions',
    tone: 'answer',
    sections: [{ body: discordMarkdown(renderSystem(evaluation, session.scenario, 'markdown')), text: renderSystem(evaluation, session.scenario, 'text') }],
    footer: scenarioFooter(session),
  });
};
