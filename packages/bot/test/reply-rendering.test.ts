/**
 * Replies rendered as Discord messages within Discord's limits, and long text split without loss.
 */
import { describe, expect, it } from 'vitest';
import { discordMarkdown } from '../src/reply/discord-markdown.js';
import type { Reply } from '../src/reply/reply.js';
import { splitText } from '../src/reply/split-text.js';
import {
  EMBED_DESCRIPTION_MAX,
  MESSAGE_EMBED_CHARS_MAX,
  MESSAGE_EMBEDS_MAX,
  replyToMessages,
  TONE_COLORS,
} from '../src/reply/to-discord.js';
import { markdownToText, replyToText } from '../src/reply/to-text.js';

describe('replies as Discord messages', () => {
  it('a short reply is one embed with title, colour, notice, sections and footer', () => {
    const reply: Reply = {
      title: 'Who balances against Germany?',
      tone: 'divergence',
      notice: 'Using europe-1914',
      sections: [{ body: 'A' }, { title: 'Under balance of power', body: 'B' }],
      footer: 'Europe 1914',
    };
    const [message, ...rest] = replyToMessages(reply);
    expect(rest).toEqual([]);
    expect(message).toEqual({
      embeds: [
        {
          title: 'Who balances against Germany?',
          description: '> Using europe-1914\n\nA\n\n**Under balance of power**\nB',
          color: TONE_COLORS.divergence,
          footer: { text: 'Europe 1914' },
        },
      ],
      files: [],
      ephemeral: false,
    });
  });

  it('a long reply is split into embeds and messages within every Discord limit, losing nothing', () => {
    const lines = Array.from({ length: 900 }, (_, i) => `- line ${i} ${'x'.repeat((i % 70) + 1)}`);
    const reply: Reply = {
      title: 'T'.repeat(300),
      tone: 'answer',
      sections: [{ body: lines.join('\n') }, { title: 'Tail', body: 'end' }],
      footer: 'f',
      ephemeral: true,
      files: [{ name: 'g.png', data: new Uint8Array([1]) }],
    };
    const messages = replyToMessages(reply);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.ephemeral).toBe(true);
      expect(message.embeds.length).toBeLessThanOrEqual(MESSAGE_EMBEDS_MAX);
      const chars = message.embeds.reduce(
        (n, e) => n + (e.title?.length ?? 0) + e.description.length + (e.footer?.text.length ?? 0),
        0,
      );
      expect(chars).toBeLessThanOrEqual(MESSAGE_EMBED_CHARS_MAX);
      for (const embed of message.embeds)
        expect(embed.description.length).toBeLessThanOrEqual(EMBED_DESCRIPTION_MAX);
    }
    expect(messages[0]!.embeds[0]!.title!.length).toBe(256);
    expect(messages[0]!.files.map((f) => f.name)).toEqual(['g.png']);
    expect(messages.slice(1).every((m) => m.files.length === 0)).toBe(true);
    const all = messages.flatMap((m) => m.embeds.map((e) => e.description)).join('\n');
    for (const line of lines) expect(all).toContain(line);
    expect(messages.at(-1)!.embeds.at(-1)!.footer).toEqual({ text: 'f' });
  });
});

describe('splitText', () => {
  it('splits at paragraph, then line, then word boundaries', () => {
    expect(splitText('aaaa bbbb\n\ncccc dddd', 16)).toEqual(['aaaa bbbb', 'cccc dddd']);
    const words = splitText('one two three four five six seven', 16);
    expect(words.every((piece) => piece.length <= 16 && !piece.startsWith(' ') && !piece.endsWith(' '))).toBe(
      true,
    );
    expect(words.join(' ')).toBe('one two three four five six seven');
    expect(splitText('x'.repeat(40), 16).join('')).toBe('x'.repeat(40));
  });

  it('closes and reopens a code fence that a split cuts through', () => {
    const pieces = splitText(
      '```\n' + Array.from({ length: 20 }, (_, i) => `row ${i}`).join('\n') + '\n```',
      60,
    );
    for (const piece of pieces) expect((piece.match(/```/g) ?? []).length % 2).toBe(0);
  });
});

describe('the model Markdown made fit for Discord', () => {
  it('headings become bold lines, tables bulleted rows with labelled cells', () => {
    const markdown =
      '### Predictions\n\n| state | prediction | differ |\n| --- | --- | --- |\n| Britain | balances against Germany |  |\n| Italy | stays neutral | \\* |\n\nafter';
    expect(discordMarkdown(markdown)).toBe(
      '**Predictions**\n\n- **Britain** — prediction: balances against Germany\n- **Italy** — prediction: stays neutral · differ: \\*\n\nafter',
    );
  });

  it('leaves text without tables alone, including pipes in prose', () => {
    expect(discordMarkdown('a | b\n- item')).toBe('a | b\n- item');
  });
});

describe('replies as terminal text', () => {
  it('drops Markdown emphasis and prefers a section plain text', () => {
    const reply: Reply = {
      title: 'Title',
      tone: 'answer',
      sections: [{ body: '**bold** and *it* and `code`' }, { body: 'ignored', text: 'aligned  table' }],
      footer: 'foot',
    };
    expect(replyToText(reply)).toBe('Title\n\nbold and it and code\n\naligned  table\n\n-- foot');
  });

  it('can use ANSI bold on a colour terminal', () => {
    expect(markdownToText('**x**', { color: true })).toBe('\x1b[1mx\x1b[22m');
  });
});
