/** `/claims`: the channel's claims, who made them, and whether each holds now. */
import { SlashCommandBuilder } from 'discord.js';
import { request, type CommandModule } from './command.js';

export const claims: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('claims')
    .setDescription("This channel's claims and whether each holds against the scenario now")
    .toJSON(),
  toPlan: () => request({ kind: 'claims' }),
};
