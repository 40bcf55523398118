/** `/help`: what the bot does and how to ask it. */
import { answer, type Handler } from './context.js';

export const HELP_QUESTIONS = [
  'who balances against Germany?',
  'who bandwagons with Germany?',
  'what threatens Italy most?',
  'why does Italy side with France?',
  "what if Germany's intentions were benign?",
  'what is bandwagoning?',
  'balance of power or balance of threat here?',
];

export const help: Handler<'help'> = () =>
  answer({
    title: 'threatlab: balance of threat, for study groups',
    tone: 'info',
    sections: [
      {
        body:
          "I answer questions about a scenario written in the `.threat` language, using Stephen M. Walt's balance-of-threat theory, " +
          "with Waltz's balance of power for contrast. Each channel has its own scenario; a channel starts on the Europe 1914 example.",
      },
      {
        title: 'Ask in plain words (mention me)',
        body: HELP_QUESTIONS.map((q) => `- ${q}`).join('\n'),
      },
      {
        title: 'Commands',
        body: [
          '`/scenario load|show|list|reset`: upload a `.threat` file or pick an example',
          '`/balance against`, `/bandwagon with`: who aligns against or with a state',
          '`/threats`: what threatens a state most, factor by factor',
          '`/predict`: both theories side by side, divergences marked',
          '`/explain state`: why a state aligns as it does',
          '`/whatif`: change one fact and see what changes',
          '`/claim`, `/claims`: make claims and see which still hold',
          '`/concept`: the theory glossary with citations',
          '`/graph`: a picture of threats and coalitions',
        ].join('\n'),
      },
    ],
  });

export const notUnderstood: Handler<'not-understood'> = (request) =>
  answer({
    title: "I didn't understand that",
    tone: 'warning',
    sections: [
      {
        body: `"${request.text.slice(0, 200)}" is not a question I can read. Try one of these:\n${HELP_QUESTIONS.map((q) => `- ${q}`).join('\n')}`,
      },
    ],
    ephemeral: true,
  });
