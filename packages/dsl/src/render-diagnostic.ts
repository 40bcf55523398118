/**
 * Diagnostics as text for people: the CLI prints these, the bot puts them in replies.
 *
 *   europe.threat:12:8 error unknown-state: State "Prusia" is not declared; did you mean "Prussia"?
 *      12 | border Prusia France
 *         |        ^^^^^^
 *     = first declared here: europe.threat:3:7
 *     = fix: Change to "Prussia"
 */
import type { Diagnostic } from './diagnostic.js';
import { lineEndAt, lineStartAt } from './line-index.js';

/** How `renderDiagnostic` prints: where to find the documents' text, how to show a URI, whether to colour. */
export interface RenderOptions {
  /** Text of each document, to quote the offending line; without it only the header prints. */
  readonly textOf?: (uri: string) => string | undefined;
  /** How to show a document's name: a path relative to the working folder, say. */
  readonly displayUri?: (uri: string) => string;
  /** ANSI colours for a terminal. */
  readonly color?: boolean;
}

const COLORS = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
  hint: '\x1b[90m',
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
};

/**
 * A diagnostic as the CLI prints it: file, line and column, severity, code and message, then the
 * offending line with a caret.
 */
export function renderDiagnostic(diagnostic: Diagnostic, options: RenderOptions = {}): string {
  const show = options.displayUri ?? ((uri: string) => uri);
  const paint = (color: keyof typeof COLORS, s: string) =>
    options.color ? `${COLORS[color]}${s}${COLORS.reset}` : s;
  const { start, end } = diagnostic.range;
  const lines = [
    `${show(diagnostic.uri)}:${start.line}:${start.column} ${paint(diagnostic.severity, diagnostic.severity)} ${paint('dim', diagnostic.code)}: ${diagnostic.message}`,
  ];
  const text = options.textOf?.(diagnostic.uri);
  if (text !== undefined) {
    // The line around the start offset, found without splitting the whole text.
    const sourceLine =
      start.offset <= text.length
        ? text.slice(lineStartAt(text, start.offset), lineEndAt(text, start.offset))
        : undefined;
    if (sourceLine !== undefined) {
      const gutter = String(start.line).length;
      const width =
        end.line === start.line
          ? Math.max(1, end.column - start.column)
          : Math.max(1, sourceLine.length - start.column + 1);
      // Keep tabs in the padding so the carets line up under the same characters.
      const padding = sourceLine.slice(0, start.column - 1).replace(/[^\t]/g, ' ');
      lines.push(`  ${String(start.line).padStart(gutter)} | ${sourceLine}`);
      lines.push(`  ${' '.repeat(gutter)} | ${padding}${paint(diagnostic.severity, '^'.repeat(width))}`);
    }
  }
  for (const related of diagnostic.related) {
    const at = related.location.range.start;
    lines.push(`  = ${related.message}: ${show(related.location.uri)}:${at.line}:${at.column}`);
  }
  for (const fix of diagnostic.fixes) lines.push(`  = fix: ${fix.title}`);
  return lines.join('\n');
}

/** All diagnostics, a blank line between each, then a count line. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[], options: RenderOptions = {}): string {
  const parts = diagnostics.map((d) => renderDiagnostic(d, options));
  parts.push(summaryLine(diagnostics));
  return parts.join('\n\n');
}

/** The closing line of a check: how many errors and warnings, or that all is well. */
export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const count = (severity: Diagnostic['severity']) =>
    diagnostics.filter((d) => d.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}`;
}
