/**
 * `/claim`: a member's claim, judged by the model against the channel's scenario, explained,
 * with the smallest change that would make it hold when it fails, and recorded with its author.
 */
import { checkClaims } from '../model/claim-check.js';
import { escapeDiscordMarkdown } from '../reply/discord-markdown.js';
import type { ReplySection } from '../reply/reply.js';
import { answer, failure, isReply, scenarioFooter, type Handler } from './context.js';

export const claim: Handler<'claim'> = (request, context) => {
  if (context.job.claimCount >= context.limits.maxClaimsPerChannel) {
    return failure(
      'Too many claims',
      `This channel has ${context.job.claimCount} claims, the most the bot keeps per channel (${context.limits.maxClaimsPerChannel}); no claim was recorded`,
    );
  }
  const session = context.session();
  if (isReply(session)) return answer(session);
  const [check] = checkClaims([request.text], session, context.examples, context.limits.language);
  if (!check || !check.ok)
    return failure('Not a claim the bot can check', check?.message ?? 'The claim could not be read');
  const { result } = check;
  // The title gives the verdict; the body says why, in the deciding rule's sentence.
  const sections: ReplySection[] = [
    { title: 'Why', body: escapeDiscordMarkdown(result.reason), text: result.reason },
  ];
  if (!result.holds) {
    const change = result.counterfactual?.description;
    const wording = change
      ? `${change.charAt(0).toUpperCase()}${change.slice(1)}`
      : 'No single change of one input makes it hold.';
    sections.push({ title: 'What would make it hold', body: escapeDiscordMarkdown(wording), text: wording });
  }
  // The reason above is the deciding rule in a sentence; the whole explanation is one command away.
  const subject = result.explanation?.state;
  if (subject) sections.push({ body: `The full explanation: \`/explain state ${subject}\`` });
  return answer(
    {
      title: `${result.holds ? 'Holds' : 'Fails'}: ${request.text.trim().replace(/^expect\s+/i, '')}`,
      tone: result.holds ? 'success' : 'warning',
      sections,
      footer: scenarioFooter(session, `claim by ${context.job.asker.name}, recorded`),
    },
    [{ kind: 'add-claim', text: request.text.trim().replace(/^expect\s+/i, ''), held: result.holds }],
  );
};
