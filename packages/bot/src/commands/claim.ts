/** `/claim text:"Italy bandwagons with Germany"`: check a claim and record who made it. */
import { SlashCommandBuilder } from 'discord.js';
import { request, required, type CommandModule } from './command.js';

export const claim: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('claim')
    .setDescription('State a claim; the bot checks it against the scenario and records it')
    .addStringOption((o) =>
      o
        .setName('text')
        .setDescription('As in a .threat file: "Italy bandwagons with Germany", "Belgium stays neutral"')
        .setRequired(true)
        .setMaxLength(300),
    )
    .toJSON(),
  toPlan: (options) => request({ kind: 'claim', text: required(options, 'text') }),
};
