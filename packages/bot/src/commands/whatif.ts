/** `/whatif intent|offense|power|perception ...`: change one fact and compare with the base. */
import { SlashCommandBuilder } from 'discord.js';
import { request, required, type CommandModule } from './command.js';
import { stateOption } from './state-option.js';

export const whatif: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('whatif')
    .setDescription('Change one fact of the scenario and see what changes')
    .addSubcommand((sub) =>
      sub
        .setName('intent')
        .setDescription("What if a state's intentions were different?")
        .addStringOption(stateOption('state', 'The state'))
        .addStringOption((o) =>
          o
            .setName('value')
            .setDescription('benign, status-quo, revisionist, hostile, or a number from 0 to 1')
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(20),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('offense')
        .setDescription("What if a state's offensive capabilities were different?")
        .addStringOption(stateOption('state', 'The state'))
        .addStringOption((o) =>
          o
            .setName('value')
            .setDescription('low, medium, high, or a number from 0 to 1')
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(20),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('power')
        .setDescription("What if a state's share of power were different?")
        .addStringOption(stateOption('state', 'The state'))
        .addStringOption((o) =>
          o
            .setName('value')
            .setDescription('A share from 0 to 1, or a percentage such as 12%')
            .setRequired(true)
            .setMaxLength(20),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('perception')
        .setDescription('What if one state saw another differently?')
        .addStringOption(stateOption('observer', 'The state that looks'))
        .addStringOption(stateOption('target', 'The state it looks at'))
        .addStringOption((o) =>
          o
            .setName('value')
            .setDescription('benign, status-quo, revisionist, hostile, or a number from 0 to 1')
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(20),
        ),
    )
    .toJSON(),
  completions: {
    state: 'state',
    observer: 'state',
    target: 'state',
    value: 'intent-level',
    'offense/value': 'offense-level',
  },
  toPlan: (options) => {
    const value = required(options, 'value');
    switch (options.subcommand()) {
      case 'perception':
        return request({
          kind: 'whatif',
          change: {
            fact: 'perception',
            observer: required(options, 'observer'),
            target: required(options, 'target'),
            value,
          },
        });
      case 'offense':
        return request({
          kind: 'whatif',
          change: { fact: 'offense', state: required(options, 'state'), value },
        });
      case 'power':
        return request({
          kind: 'whatif',
          change: { fact: 'power', state: required(options, 'state'), value },
        });
      default:
        return request({
          kind: 'whatif',
          change: { fact: 'intent', state: required(options, 'state'), value },
        });
    }
  },
};
