/** A discord.js interaction's options seen through the commands' `CommandOptions`. */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandOptions } from '../commands/command.js';

export function commandOptions(interaction: ChatInputCommandInteraction): CommandOptions {
  const options = interaction.options;
  return {
    subcommand: () => options.getSubcommand(false),
    string: (name) => options.getString(name, false),
    attachment: (name) => {
      const attachment = options.getAttachment(name, false);
      return attachment ? { name: attachment.name, url: attachment.url, size: attachment.size } : null;
    },
  };
}

/** The invocation as text, for the channel's recent questions: `/balance against Germany`. */
export function invocationText(interaction: ChatInputCommandInteraction): string {
  const parts = ['/' + interaction.commandName];
  const sub = interaction.options.getSubcommand(false);
  if (sub) parts.push(sub);
  const data = interaction.options.data;
  const leaves = data.length === 1 && data[0]?.options ? data[0].options : data;
  for (const option of leaves)
    if (option.value !== undefined) parts.push(`${option.name}:${String(option.value)}`);
  for (const option of leaves) if (option.attachment) parts.push(`${option.name}:${option.attachment.name}`);
  return parts.join(' ');
}
