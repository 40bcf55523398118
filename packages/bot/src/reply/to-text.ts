/**
 * A reply as terminal text: the title underlined, Markdown emphasis dropped (or turned into
 * ANSI bold on a colour terminal), sections separated by blank lines.
 */
import type { Reply } from './reply.js';

export interface TextOptions {
  readonly color?: boolean;
}

export function replyToText(reply: Reply, options: TextOptions = {}): string {
  const bold = (s: string) => (options.color ? `\x1b[1m${s}\x1b[22m` : s);
  const lines: string[] = [];
  if (reply.notice) lines.push(markdownToText(reply.notice, options), '');
  lines.push(bold(reply.title));
  for (const section of reply.sections) {
    lines.push('');
    if (section.title) lines.push(bold(section.title));
    lines.push(section.text ?? markdownToText(section.body, options));
  }
  if (reply.footer) lines.push('', `-- ${markdownToText(reply.footer, options)}`);
  return lines.join('\n');
}

export function markdownToText(markdown: string, options: TextOptions = {}): string {
  const bold = (s: string) => (options.color ? `\x1b[1m${s}\x1b[22m` : s);
  return markdown
    .replace(/^```\w*\n?|\n?```$/gm, '')
    .replace(/\*\*(.+?)\*\*/g, (_, s: string) => bold(s))
    .replace(/__(.+?)__/g, '$1')
    .replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1$2')
    .replace(/(^|\W)_(?!\s)(.+?)_(?!\w)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^-# /gm, '')
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1 ($2)');
}
