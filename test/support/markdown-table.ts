/**
 * Markdown table rows as trimmed cells, so docs tests read a table the way a person does,
 * whatever padding the formatter gave its columns.
 */

/** The cells of every table row (`| a | b |`) in `markdown`, trimmed; separator rows are left out. */
export function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s:|-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, line.trimEnd().endsWith('|') ? line.trimEnd().length - 1 : undefined)
        .split('|')
        .map((cell) => cell.trim()),
    );
}
