/** A state option, autocompleted from the channel's scenario. */
import type { SlashCommandStringOption } from 'discord.js';

export function stateOption(name: string, description: string, required = true) {
  return (option: SlashCommandStringOption) =>
    option
      .setName(name)
      .setDescription(description)
      .setRequired(required)
      .setAutocomplete(true)
      .setMaxLength(100);
}
