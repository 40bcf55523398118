/** `/scenario load|show|list|reset`: the channel's scenario. */
import { SlashCommandBuilder } from 'discord.js';
import { request, type CommandModule } from './command.js';

export const scenario: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('scenario')
    .setDescription("This channel's scenario")
    .addSubcommand((sub) =>
      sub
        .setName('load')
        .setDescription('Load a .threat file, or one of the bundled examples')
        .addAttachmentOption((o) => o.setName('file').setDescription('A .threat file'))
        .addStringOption((o) =>
          o.setName('example').setDescription('A bundled example').setAutocomplete(true).setMaxLength(100),
        ),
    )
    .addSubcommand((sub) =>
      sub.setName('show').setDescription("Show the channel's scenario: its states, alliances and claims"),
    )
    .addSubcommand((sub) => sub.setName('list').setDescription('List the bundled examples'))
    .addSubcommand((sub) => sub.setName('reset').setDescription('Go back to the default example'))
    .toJSON(),
  completions: { example: 'example' },
  toPlan: (options) => {
    switch (options.subcommand()) {
      case 'load': {
        const file = options.attachment('file');
        if (file) return { kind: 'upload', attachment: file };
        const example = options.string('example');
        // Without either option the member gets the list of examples to pick from.
        return request(
          example ? { kind: 'scenario-load-example', name: example } : { kind: 'scenario-list' },
        );
      }
      case 'list':
        return request({ kind: 'scenario-list' });
      case 'reset':
        return request({ kind: 'scenario-reset' });
      default:
        return request({ kind: 'scenario-show' });
    }
  },
};
