/** `/threats state:Italy`: what threatens a state most, with each factor's share. */
import { SlashCommandBuilder } from 'discord.js';
import { request, required, type CommandModule } from './command.js';
import { stateOption } from './state-option.js';
import { theoryOf, theoryOption } from './theory-option.js';

export const threats: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('threats')
    .setDescription('What threatens a state most, and how much each source of threat counts')
    .addStringOption(stateOption('state', 'The state whose threats to rank'))
    .addStringOption(theoryOption)
    .toJSON(),
  completions: { state: 'state' },
  toPlan: (options) => request({ kind: 'threats', state: required(options, 'state'), ...theoryOf(options) }),
};
