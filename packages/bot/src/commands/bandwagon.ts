/** `/bandwagon with state:Germany`: who bandwagons with a state. */
import { SlashCommandBuilder } from 'discord.js';
import { request, required, type CommandModule } from './command.js';
import { stateOption } from './state-option.js';
import { theoryOf, theoryOption } from './theory-option.js';

export const bandwagon: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('bandwagon')
    .setDescription('Who bandwagons with a state')
    .addSubcommand((sub) =>
      sub
        .setName('with')
        .setDescription('Which states align with this one rather than against it, and why')
        .addStringOption(stateOption('state', 'The state they bandwagon with'))
        .addStringOption(theoryOption),
    )
    .toJSON(),
  completions: { state: 'state' },
  toPlan: (options) =>
    request({ kind: 'bandwagon-with', target: required(options, 'state'), ...theoryOf(options) }),
};
