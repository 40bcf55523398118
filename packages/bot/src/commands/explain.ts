/** `/explain state state:Italy`: the full explanation of one state's predicted alignment. */
import { SlashCommandBuilder } from 'discord.js';
import { request, required, type CommandModule } from './command.js';
import { stateOption } from './state-option.js';
import { theoryOf, theoryOption } from './theory-option.js';

export const explain: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('explain')
    .setDescription('Why a state aligns as it does')
    .addSubcommand((sub) =>
      sub
        .setName('state')
        .setDescription("A state's threats, the rule that decided, and the other theory's view")
        .addStringOption(stateOption('state', 'The state to explain'))
        .addStringOption(theoryOption),
    )
    .toJSON(),
  completions: { state: 'state' },
  toPlan: (options) => request({ kind: 'explain', state: required(options, 'state'), ...theoryOf(options) }),
};
