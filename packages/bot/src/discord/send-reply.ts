/**
 * Sending a reply to Discord: the only module that turns the bot's `Reply` into discord.js
 * calls. Replies to interactions go out as the interaction's reply (or the edit of a deferred
 * one) plus follow-ups; replies to mentions as a reply message plus further messages.
 */
import {
  MessageFlags,
  type ChatInputCommandInteraction,
  type Message,
  type MessageCreateOptions,
  type InteractionReplyOptions,
} from 'discord.js';
import type { Reply } from '../reply/reply.js';
import { replyToMessages, type MessagePayload } from '../reply/to-discord.js';

function files(payload: MessagePayload) {
  return payload.files.map((f) => ({
    attachment: Buffer.from(f.data),
    name: f.name,
    ...(f.description ? { description: f.description } : {}),
  }));
}

function interactionOptions(payload: MessagePayload): InteractionReplyOptions {
  return {
    embeds: payload.embeds,
    files: files(payload),
    ...(payload.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowedMentions: { parse: [] },
  };
}

/** Answers an interaction that has not been replied to or deferred. */
export async function replyToInteraction(
  interaction: ChatInputCommandInteraction,
  reply: Reply,
): Promise<void> {
  const [first, ...rest] = replyToMessages(reply);
  await interaction.reply(interactionOptions(first!));
  for (const payload of rest) await interaction.followUp(interactionOptions(payload));
}

/**
 * Completes a deferred interaction. A deferral is public; an answer meant for the asker only
 * (an error) replaces it with an ephemeral follow-up, since an edit cannot make it private.
 */
export async function completeDeferred(
  interaction: ChatInputCommandInteraction,
  reply: Reply,
  deferredEphemeral: boolean,
): Promise<void> {
  const [first, ...rest] = replyToMessages(reply);
  if (reply.ephemeral && !deferredEphemeral) {
    await interaction.deleteReply();
    await interaction.followUp(interactionOptions(first!));
  } else {
    const { flags: _flags, ...edit } = interactionOptions(first!);
    await interaction.editReply(edit);
  }
  for (const payload of rest) await interaction.followUp(interactionOptions(payload));
}

/** Answers a message that mentioned the bot. */
export async function replyToMessage(message: Message, reply: Reply): Promise<void> {
  const payloads = replyToMessages(reply);
  for (const [i, payload] of payloads.entries()) {
    const options: MessageCreateOptions = {
      embeds: payload.embeds,
      files: files(payload),
      allowedMentions: { parse: [], repliedUser: false },
    };
    if (i === 0) await message.reply(options);
    else if (message.channel.isSendable()) await message.channel.send(options);
  }
}
