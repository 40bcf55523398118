/**
 * The model's Markdown made fit for Discord, which renders neither tables nor, in embeds,
 * headings: a heading becomes a bold line and a table a bulleted list, one row per bullet
 * with its first cell in bold and the others labelled by their column.
 */
export function discordMarkdown(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      out.push(`**${heading[1]}**`);
      continue;
    }
    if (isRow(line) && isRule(lines[i + 1])) {
      const header = cells(line);
      i += 2;
      while (i < lines.length && isRow(lines[i]!)) {
        out.push(rowToBullet(header, cells(lines[i]!)));
        i++;
      }
      i--;
      continue;
    }
    out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function isRow(line: string | undefined): line is string {
  return line !== undefined && /^\|.*\|\s*$/.test(line);
}

function isRule(line: string | undefined): boolean {
  return line !== undefined && /^\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(line);
}

/** Cells of a row, splitting on `|` not escaped with a backslash. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

function rowToBullet(header: readonly string[], row: readonly string[]): string {
  const [first = '', ...rest] = row;
  const parts = rest.map((cell, i) => (cell === '' ? '' : `${header[i + 1] ?? ''}: ${cell}`)).filter(Boolean);
  return `- **${first}**${parts.length > 0 ? ` — ${parts.join(' · ')}` : ''}`;
}

/** Plain text made safe to put in Discord Markdown: `State_1` stays `State_1`, not italics. */
export function escapeDiscordMarkdown(text: string): string {
  return text.replace(/([\\*_`~|>[\]])/g, '\\$1');
}
