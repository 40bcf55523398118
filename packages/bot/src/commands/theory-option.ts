/** The optional `theory` option several commands share. */
import type { Theory } from '@threatlab/core';
import type { SlashCommandStringOption } from 'discord.js';
import type { CommandOptions } from './command.js';

export function theoryOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return option
    .setName('theory')
    .setDescription('Answer under balance of threat (Walt, the default) or balance of power (Waltz)')
    .addChoices({ name: 'balance of threat', value: 'threat' }, { name: 'balance of power', value: 'power' });
}

export function theoryOf(options: CommandOptions): { theory?: Theory } {
  const value = options.string('theory');
  return value === 'power' || value === 'threat' ? { theory: value } : {};
}
