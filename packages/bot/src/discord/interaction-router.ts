/**
 * Interactions: slash commands and autocomplete. A command's plan comes from its module; the
 * answer from the assistant; this file only decides when to defer and sends.
 *
 * The 3-second deadline: Discord drops an interaction not answered within 3 s of its creation.
 * The answer is awaited for at most `deferAfterMs` (well inside the deadline, leaving room for
 * network latency); past that the interaction is deferred and the answer edited in when ready.
 * An upload is deferred at once, because the file must be downloaded first.
 */
import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { Assistant } from '../assistant.js';
import { COMMANDS_BY_NAME } from '../commands/index.js';
import { errorReply, type Reply } from '../reply/reply.js';
import { downloadAttachment } from './attachment-download.js';
import { commandOptions, invocationText } from './command-options.js';
import { completions } from './completions.js';
import { completeDeferred, replyToInteraction } from './send-reply.js';

export interface RouterOptions {
  readonly assistant: Assistant;
  readonly exampleNames: () => readonly string[];
  readonly deferAfterMs?: number;
  readonly onError?: (error: unknown) => void;
}

const DEFER_AFTER_MS = 1_200;

export async function routeInteraction(interaction: Interaction, options: RouterOptions): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await autocomplete(interaction, options);
    else if (interaction.isChatInputCommand()) await command(interaction, options);
  } catch (error) {
    // Discord I/O failed (the interaction expired, the network dropped): nothing to answer to.
    options.onError?.(error);
  }
}

async function command(interaction: ChatInputCommandInteraction, options: RouterOptions): Promise<void> {
  const { assistant } = options;
  const module = COMMANDS_BY_NAME.get(interaction.commandName);
  if (!module) {
    await replyToInteraction(
      interaction,
      errorReply(
        'Unknown command',
        `This bot has no command "/${interaction.commandName}"; its commands may need deploying again`,
      ),
    );
    return;
  }
  const plan = module.toPlan(commandOptions(interaction));
  const base = {
    channelId: interaction.channelId,
    ...(interaction.guildId ? { guildId: interaction.guildId } : {}),
    asker: {
      id: interaction.user.id,
      name:
        interaction.member && 'displayName' in interaction.member
          ? interaction.member.displayName
          : (interaction.user.globalName ?? interaction.user.username),
    },
    text: invocationText(interaction),
  };

  if (plan.kind === 'upload') {
    await interaction.deferReply();
    const download = await downloadAttachment(plan.attachment, assistant.limits.maxAttachmentBytes);
    const reply: Reply = download.ok
      ? await assistant.handle({
          ...base,
          request: { kind: 'scenario-load-file', fileName: plan.attachment.name, text: download.text },
        })
      : errorReply('Cannot load that file', download.message);
    await completeDeferred(interaction, reply, false);
    return;
  }

  const pending = assistant.handle({ ...base, request: plan.request });
  const quick = await Promise.race([pending, delay(options.deferAfterMs ?? DEFER_AFTER_MS)]);
  if (quick) {
    await replyToInteraction(interaction, quick);
    return;
  }
  await interaction.deferReply();
  await completeDeferred(interaction, await pending, false);
}

async function autocomplete(interaction: AutocompleteInteraction, options: RouterOptions): Promise<void> {
  const module = COMMANDS_BY_NAME.get(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const sub = interaction.options.getSubcommand(false);
  const source = module?.completions?.[`${sub}/${focused.name}`] ?? module?.completions?.[focused.name];
  const choices = source
    ? await completions(
        source,
        String(focused.value),
        interaction.channelId,
        options.assistant,
        options.exampleNames,
      )
    : [];
  await interaction.respond(
    choices.map((c) => ({ name: c.name.slice(0, 100), value: c.value.slice(0, 100) })),
  );
}

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}
