/**
 * Pieces shared by the renderers: display names, strategy phrases, Markdown escaping and
 * plain-text tables. Everything here is a pure function of its arguments, so output is stable.
 */
import type { Strategy } from './explanation.js';
import type { Scenario, StateId, Theory } from './scenario.js';

export type RenderFormat = 'text' | 'markdown';

export const THEORY_NAMES: Readonly<Record<Theory, string>> = {
  threat: 'balance of threat',
  power: 'balance of power',
};

/** A function from identifier to display name; an unknown identifier is shown as it is. */
export function namer(scenario: Scenario): (id: StateId | undefined) => string {
  const names = new Map<StateId, string>();
  for (const s of scenario.states ?? []) {
    if (!names.has(s.id)) names.set(s.id, typeof s.name === 'string' && s.name.length > 0 ? s.name : s.id);
  }
  return (id) => (id === undefined ? '' : (names.get(id) ?? id));
}

/** "balances against Germany", "bandwagons with Empire", "stays neutral". */
export function strategyPhrase(strategy: Strategy, target: string | undefined): string {
  if (strategy === 'balance') return `balances against ${target ?? 'its main threat'}`;
  if (strategy === 'bandwagon') return `bandwagons with ${target ?? 'its main threat'}`;
  return 'stays neutral';
}

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
