/**
 * Pieces shared by the renderers: the output formats, theory names, Markdown escaping and
 * plain-text tables. Everything here is a pure function of its arguments, so output is stable.
 * (Display names are in `display-names.ts`, strategy words in `strategy-wording.ts`.)
 */
import type { Theory } from './scenario.js';

/** The two forms every renderer writes: plain text (CLI, terminal) and Markdown (editor, Discord). */
export type RenderFormat = 'text' | 'markdown';

/** Each theory's name as the product writes it in prose: "balance of threat". */
export const THEORY_NAMES: Readonly<Record<Theory, string>> = {
  threat: 'balance of threat',
  power: 'balance of power',
};

/** Escapes the characters Markdown would read as formatting or table structure. */
export function md(text: string): string {
  return text.replace(/([\\`*_[\]|<>#])/g, '\\$1');
}

/** A Markdown table; cells are escaped here. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(md).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** A plain-text table with columns padded to their widest cell; trailing spaces are trimmed. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** A table in the given format. */
export function table(
  format: RenderFormat,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  return format === 'markdown' ? markdownTable(header, rows) : textTable(header, rows);
}
