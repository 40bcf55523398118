/**
 * Messages: a question in plain words when the bot is mentioned or messaged directly (or in
 * any message, when the MessageContent intent is enabled and `answerAll` is set); a `.threat` file attached to such a
 * message is loaded as the channel's scenario.
 */
import type { Message } from 'discord.js';
import type { Assistant } from '../assistant.js';
import { parseQuestion } from '../questions/parse-question.js';
import { errorReply } from '../reply/reply.js';
import { isThreatFileName } from '../scenarios/file-names.js';
import { downloadAttachment } from './attachment-download.js';
import { replyToMessage } from './send-reply.js';

export interface MessageRouterOptions {
  readonly assistant: Assistant;
  readonly botUserId: () => string | undefined;
  /** Answer messages that do not mention the bot (needs the MessageContent intent). */
  readonly answerAll?: boolean;
  readonly onError?: (error: unknown) => void;
}

export async function routeMessage(message: Message, options: MessageRouterOptions): Promise<void> {
  try {
    if (message.author.bot || message.system) return;
    const botId = options.botUserId();
    const mentioned = botId !== undefined && message.mentions.users.has(botId);
    // In a direct message every message is for the bot, and Discord delivers its content.
    const direct = message.guildId === null;
    if (!mentioned && !direct && !options.answerAll) return;
    const { assistant } = options;
    const base = {
      channelId: message.channelId,
      ...(message.guildId ? { guildId: message.guildId } : {}),
      asker: {
        id: message.author.id,
        name: message.member?.displayName ?? message.author.globalName ?? message.author.username,
      },
      text: message.content.replace(/<@!?\d+>/g, '').trim(),
    };
    const file = message.attachments.find((a) => isThreatFileName(a.name));
    if (file) {
      const download = await downloadAttachment(
        { name: file.name, url: file.url, size: file.size },
        assistant.limits.maxAttachmentBytes,
      );
      const reply = download.ok
        ? await assistant.handle({
            ...base,
            request: { kind: 'scenario-load-file', fileName: file.name, text: download.text },
          })
        : errorReply('Cannot load that file', download.message);
      await replyToMessage(message, reply);
      return;
    }
    if (message.channel.isSendable()) void message.channel.sendTyping().catch(() => undefined);
    const reply = await assistant.handle({ ...base, request: parseQuestion(message.content) });
    await replyToMessage(message, reply);
  } catch (error) {
    options.onError?.(error);
  }
}
