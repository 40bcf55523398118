/** `/predict [state] [variant]`: predictions under both theories, divergences marked. */
import { SlashCommandBuilder } from 'discord.js';
import { request, type CommandModule } from './command.js';

export const predict: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('predict')
    .setDescription('Who balances, who bandwagons, who stays out: both theories side by side')
    .addStringOption((o) =>
      o.setName('state').setDescription('Only this state').setAutocomplete(true).setMaxLength(100),
    )
    .addStringOption((o) =>
      o.setName('variant').setDescription("A variant of the channel's scenario").setMaxLength(100),
    )
    .toJSON(),
  completions: { state: 'state' },
  toPlan: (options) => {
    const state = options.string('state');
    const variant = options.string('variant');
    return request({ kind: 'predict', ...(state ? { state } : {}), ...(variant ? { variant } : {}) });
  },
};
