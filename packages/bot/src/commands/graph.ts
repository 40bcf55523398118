/** `/graph`: a picture of who threatens whom and the predicted coalitions. */
import { SlashCommandBuilder } from 'discord.js';
import { request, type CommandModule } from './command.js';
import { theoryOf, theoryOption } from './theory-option.js';

export const graph: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('graph')
    .setDescription('A picture of the threats and the predicted coalitions')
    .addStringOption(theoryOption)
    .toJSON(),
  toPlan: (options) => request({ kind: 'graph', ...theoryOf(options) }),
};
