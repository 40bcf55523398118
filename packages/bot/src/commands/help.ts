/** `/help`: what the bot does and how to ask. */
import { SlashCommandBuilder } from 'discord.js';
import { request, type CommandModule } from './command.js';

export const help: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What this bot does and how to ask it')
    .toJSON(),
  toPlan: () => request({ kind: 'help' }),
};
