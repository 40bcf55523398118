/** `/concept term:bandwagoning`: the theory glossary, with citations. */
import { SlashCommandBuilder } from 'discord.js';
import { request, type CommandModule } from './command.js';

export const concept: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('concept')
    .setDescription('A term of the theory explained, with the works it comes from')
    .addStringOption((o) =>
      o
        .setName('term')
        .setDescription('balancing, bandwagoning, offensive capability, Schweller 1994...')
        .setAutocomplete(true)
        .setMaxLength(100),
    )
    .toJSON(),
  completions: { term: 'concept' },
  toPlan: (options) => {
    const term = options.string('term');
    return request({ kind: 'concept', ...(term ? { term } : {}) });
  },
};
