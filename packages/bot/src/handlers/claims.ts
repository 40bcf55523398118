/** `/claims`: the channel's claims, who made them, and whether each holds against the scenario now. */
import { renderClaim } from '@threatlab/core';
import { checkClaims } from '../model/claim-check.js';
import { answer, isReply, scenarioFooter, type Handler } from './context.js';

export const claims: Handler<'claims'> = (_request, context) => {
  const session = context.session();
  if (isReply(session)) return answer(session);
  const stored = context.job.claims ?? [];
  if (stored.length === 0) {
    return answer({
      title: 'No claims yet',
      tone: 'info',
      sections: [
        {
          body: 'Nobody in this channel has made a claim. Make one with `/claim`, for example `/claim text: Italy bandwagons with Germany`.',
        },
      ],
      footer: scenarioFooter(session),
    });
  }
  // No counterfactuals in the list: it answers "does it hold now", and `/claim` gives the rest.
  const checks = checkClaims(
    stored.map((c) => c.text),
    session,
    context.examples,
    context.limits.language,
    { counterfactuals: false },
  );
  let holding = 0;
  const markdown: string[] = [];
  const text: string[] = [];
  stored.forEach((claim, i) => {
    const check = checks[i]!;
    const seconds = Math.floor(claim.createdAt / 1000);
    const by = `by ${claim.authorName}`;
    if (check.ok) {
      if (check.result.holds) holding++;
      const changed =
        claim.held !== undefined && claim.held !== check.result.holds
          ? ` (it ${claim.held ? 'held' : 'failed'} when made)`
          : '';
      markdown.push(
        `${renderClaim(check.result, check.scenario, 'markdown')}\n  - ${by}, <t:${seconds}:R>${changed}`,
      );
      text.push(
        `${renderClaim(check.result, check.scenario, 'text')}\n       ${by}, ${new Date(claim.createdAt).toISOString().slice(0, 16).replace('T', ' ')}${changed}`,
      );
    } else {
      markdown.push(
        `- **cannot be checked**: ${claim.text} -- ${check.message}\n  - ${by}, <t:${seconds}:R>`,
      );
      text.push(`cannot be checked: ${claim.text} -- ${check.message}\n       ${by}`);
    }
  });
  return answer({
    title: `Claims: ${holding} of ${stored.length} hold`,
    tone: holding === stored.length ? 'success' : 'warning',
    sections: [{ body: markdown.join('\n'), text: text.join('\n') }],
    footer: scenarioFooter(session, 'judged against the scenario as it is now'),
  });
};
