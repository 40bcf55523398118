/** A state option, autocompleted from the channel's scenario. */
import type { SlashCommandStringOption } from 'discord.js';

export function stateOption(name: string, description: string) {
  return (option: SlashCommandStringOption) =>
    option
      .setName(name)
      .setDescription(description)
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100);
}
