/**
 * A reply as Discord messages: plain JSON payloads (embeds, files, flags) under Discord's
 * size limits, with no discord.js objects, so it is tested without a client.
 *
 * Limits (Discord API reference, "Embed Limits"): title 256 characters, description 4096,
 * footer 2048, at most 10 embeds and 6000 characters of embed text per message.
 */
import type { Reply, ReplyFile, Tone } from './reply.js';
import { splitText } from './split-text.js';

export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;
export const EMBED_FOOTER_MAX = 2048;
export const MESSAGE_EMBED_CHARS_MAX = 6000;
export const MESSAGE_EMBEDS_MAX = 10;

/** A description is kept shorter than the maximum so that answers read as a few short cards. */
const DESCRIPTION_TARGET = 1800;

export const TONE_COLORS: Readonly<Record<Tone, number>> = {
  answer: 0x3b82f6,
  divergence: 0xf59e0b,
  success: 0x22c55e,
  warning: 0xf97316,
  error: 0xef4444,
  info: 0x64748b,
};

export interface EmbedPayload {
  title?: string;
  description: string;
  color: number;
  footer?: { text: string };
}

export interface MessagePayload {
  embeds: EmbedPayload[];
  files: ReplyFile[];
  ephemeral: boolean;
}

/** The messages that carry a reply, in order: the first is the reply itself, the rest follow-ups. */
export function replyToMessages(reply: Reply): MessagePayload[] {
  const color = TONE_COLORS[reply.tone];
  const blocks: string[] = [];
  if (reply.notice) blocks.push(`> ${reply.notice.replace(/\n/g, '\n> ')}`);
  for (const section of reply.sections)
    blocks.push(section.title ? `**${section.title}**\n${section.body}` : section.body);
  const descriptions = packBlocks(blocks, DESCRIPTION_TARGET);
  const embeds: EmbedPayload[] = descriptions.map((description) => ({ description, color }));
  if (embeds.length === 0) embeds.push({ description: '\u200b', color });
  embeds[0]!.title = truncate(reply.title, EMBED_TITLE_MAX);
  if (reply.footer) embeds[embeds.length - 1]!.footer = { text: truncate(reply.footer, EMBED_FOOTER_MAX) };

  const messages: MessagePayload[] = [];
  let current: EmbedPayload[] = [];
  let chars = 0;
  for (const embed of embeds) {
    const size = embedChars(embed);
    if (
      current.length > 0 &&
      (current.length >= MESSAGE_EMBEDS_MAX || chars + size > MESSAGE_EMBED_CHARS_MAX)
    ) {
      messages.push({ embeds: current, files: [], ephemeral: Boolean(reply.ephemeral) });
      current = [];
      chars = 0;
    }
    current.push(embed);
    chars += size;
  }
  messages.push({ embeds: current, files: [], ephemeral: Boolean(reply.ephemeral) });
  // Files travel with the first message, so a picture sits next to the answer it illustrates.
  messages[0]!.files = [...(reply.files ?? [])];
  return messages;
}

/** Joins blocks into descriptions of at most `target` characters, splitting a block that is longer. */
function packBlocks(blocks: readonly string[], target: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const block of blocks.flatMap((b) => (b.length > target ? splitText(b, target) : [b]))) {
    if (current && current.length + 2 + block.length > target) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${block}` : block;
  }
  if (current) out.push(current);
  return out;
}

function embedChars(embed: EmbedPayload): number {
  return (embed.title?.length ?? 0) + embed.description.length + (embed.footer?.text.length ?? 0);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
