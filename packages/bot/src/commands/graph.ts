/**
 * `/graph [state] [theory]`: a picture of who threatens whom and the predicted coalitions; with
 * a state, that state's threats, partners and their coalitions; with theory "both", balance of
 * threat and balance of power side by side.
 */
import { SlashCommandBuilder } from 'discord.js';
import { request, type CommandModule } from './command.js';
import { stateOption } from './state-option.js';
import { theoryOption } from './theory-option.js';

export const graph: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('graph')
    .setDescription('A picture of the threats and the predicted coalitions')
    .addStringOption(
      stateOption('state', 'Draw this state, its threats, its partners and their coalitions', false),
    )
    .addStringOption((option) =>
      theoryOption(option).addChoices({ name: 'both, side by side', value: 'both' }),
    )
    .toJSON(),
  completions: { state: 'state' },
  toPlan: (options) => {
    const state = options.string('state');
    const theory = options.string('theory');
    return request({
      kind: 'graph',
      ...(state ? { state } : {}),
      ...(theory === 'threat' || theory === 'power' || theory === 'both' ? { theory } : {}),
    });
  },
};
