/** `/balance against state:Germany`: who balances against a state. */
import { SlashCommandBuilder } from 'discord.js';
import { request, required, type CommandModule } from './command.js';
import { stateOption } from './state-option.js';
import { theoryOf, theoryOption } from './theory-option.js';

export const balance: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('balance')
    .setDescription('Who balances against a state')
    .addSubcommand((sub) =>
      sub
        .setName('against')
        .setDescription('Which states ally against this one, and why')
        .addStringOption(stateOption('state', 'The state they balance against'))
        .addStringOption(theoryOption),
    )
    .toJSON(),
  completions: { state: 'state' },
  toPlan: (options) =>
    request({ kind: 'balance-against', target: required(options, 'state'), ...theoryOf(options) }),
};
