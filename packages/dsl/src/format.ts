/**
 * The formatter: one canonical layout for `.threat` files.
 *
 * Rules (docs/language.md, "Formatting"):
 * - one statement per line; blank lines between statements are kept, at most one in a row;
 * - single spaces between words, `, ` in lists, `34 km` and `15%` for numbers with units;
 *   numbers, names and quoted names are kept exactly as written;
 * - a block (`{ ... }`) stays on one line, its entries two spaces apart, when it was written
 *   on one line, has no comments and fits in 100 columns; otherwise one entry per line,
 *   indented by two spaces, and variants are always laid out this way;
 * - every comment is kept, on its own line or at the end of the line it followed.
 * A file with syntax errors is not formatted (there is no tree to print it from); a statement
 * with a comment in a place the layout has no room for is kept as written.
 * Formatting is idempotent: formatting its own output changes nothing.
 */
import { scanComments, type Comment } from './comments.js';
import { parseText } from './parse.js';
import type {
  Attribute,
  AttrErrorNode,
  ComponentNode,
  ComponentsNode,
  ExpectStmt,
  HeaderEntry,
  Item,
  NumberNode,
  SettingNode,
  Span,
  Statement,
  StringNode,
} from './syntax-tree.js';
import { lineEndAt } from './line-index.js';

const MAX_WIDTH = 100;
const INDENT = '  ';

/** The formatted text and whether it differs from the input, or why the file was left alone. */
export interface FormatResult {
  readonly text: string;
  readonly changed: boolean;
  /** Set when the file was left alone because it has syntax errors. */
  readonly refused?: 'syntax-errors';
}

/** Formats a whole document in the canonical layout; a document with syntax errors is left as it is. */
export function formatText(uri: string, text: string): FormatResult {
  const { file, problems } = parseText(uri, text);
  if (problems.length > 0) return { text, changed: false, refused: 'syntax-errors' };
  const printer = new Printer(text, scanComments(text));
  const lines = printer.items(file.items, '', 0, text.length);
  const formatted = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  return { text: formatted, changed: formatted !== text };
}

/** Replace `[start, end)` of the text with `newText` (offsets). */
export interface RangeEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * Formats only the top-level statements that overlap `[start, end)`: the edit replaces them
 * (with their comments) and leaves the rest of the file as it is. Undefined when there is
 * nothing to change or the file has syntax errors.
 */
export function formatRange(uri: string, text: string, start: number, end: number): RangeEdit | undefined {
  const { file, problems } = parseText(uri, text);
  if (problems.length > 0) return undefined;
  const chosen = file.items.filter((item) => item.end >= start && item.start <= end);
  if (chosen.length === 0) return undefined;
  const first = chosen[0]!;
  const last = chosen[chosen.length - 1]!;
  // Include a comment that trails the last statement on its line.
  let regionEnd = last.end;
  const trailing = text.slice(last.end, lineEndAt(text, last.end));
  if (/^[ \t]*(\/\/|\/\*)/.test(trailing)) regionEnd = last.end + trailing.trimEnd().length;
  let lineStart = first.start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  const comments = scanComments(text).filter((c) => c.start >= first.start && c.end <= regionEnd);
  const printer = new Printer(text, comments);
  const newText = printer.items(chosen, '', first.start, regionEnd).join('\n');
  if (newText === text.slice(lineStart, regionEnd)) return undefined;
  return { start: lineStart, end: regionEnd, newText };
}

/** An entry of a block with its printed text (one or more lines). */
interface PrintedEntry extends Span {
  readonly lines: readonly string[];
}

class Printer {
  /** Comments not yet printed, in order. */
  private readonly pending: Comment[];

  constructor(
    private readonly text: string,
    comments: readonly Comment[],
  ) {
    this.pending = [...comments];
  }

  /** Prints a list of statements with the comments around them, at an indentation. */
  items(items: readonly Item[], indent: string, regionStart: number, regionEnd: number): string[] {
    const out: string[] = [];
    let previousEnd = -1;
    for (const item of items) {
      // Comments before a statement are placed before it is printed: printing takes the
      // comments inside it in order, which needs the earlier ones gone.
      previousEnd = this.placeComments(
        out,
        previousEnd < 0 ? regionStart : previousEnd,
        item.start,
        previousEnd,
        indent,
      );
      if (out.length > 0 && this.blankLineBetween(previousEnd, item.start)) out.push('');
      out.push(...this.statement(item, indent));
      previousEnd = item.end;
    }
    this.placeComments(out, previousEnd < 0 ? regionStart : previousEnd, regionEnd, previousEnd, indent);
    return out;
  }

  /**
   * Prints the pending comments within [from, to): at the end of the previous line when they
   * started on it, otherwise on lines of their own (after a blank line if one was there).
   * Returns where the last comment ended, or `previousEnd` when there was none.
   */
  private placeComments(
    out: string[],
    from: number,
    to: number,
    previousEnd: number,
    indent: string,
  ): number {
    for (const comment of this.takeComments(from, to)) {
      if (previousEnd >= 0 && this.sameLine(previousEnd, comment.start) && out.length > 0) {
        out[out.length - 1] += ` ${this.commentText(comment)}`;
      } else {
        if (out.length > 0 && this.blankLineBetween(previousEnd, comment.start)) out.push('');
        out.push(...this.commentLines(comment, indent));
      }
      previousEnd = comment.end;
    }
    return previousEnd;
  }

  private statement(item: Item, indent: string): string[] {
    const lines = this.statementLines(item, indent);
    // A comment the layout had no room for is still pending: keep the statement as written.
    if (this.countComments(item.start, item.end) > 0) {
      this.dropComments(item.start, item.end);
      return [indent + this.text.slice(item.start, item.end).trim()];
    }
    return lines;
  }

  private statementLines(item: Item, indent: string): string[] {
    switch (item.type) {
      case 'Error':
        return [indent + this.text.slice(item.start, item.end).trim()];
      case 'Import':
        return [`${indent}import ${this.str(item.path)}`];
      case 'Border':
        return this.list(
          indent,
          'border ',
          item.pairs.map((p) => `${p.a.name} ${p.b.name}`),
        );
      case 'Sea':
        return [`${indent}sea ${item.a.name} ${item.b.name} ${this.num(item.distance)}`];
      case 'Distance':
        return [`${indent}distance ${item.a.name} ${item.b.name} ${this.num(item.distance)}`];
      case 'Perception': {
        const value = [item.level?.word, item.value ? this.num(item.value) : undefined]
          .filter(Boolean)
          .join(' ');
        return [`${indent}${item.observer.name} sees ${item.target.name} as ${value}`];
      }
      case 'Alliance': {
        const head = `alliance ${this.str(item.name)} ${item.kind.word}${item.year ? ` ${this.num(item.year)}` : ''}: `;
        return this.list(
          indent,
          head,
          item.members.map((m) => m.name),
        );
      }
      case 'Expect':
        return [
          `${indent}expect ${item.subject.name} ${claimText(item)}${item.theory ? ` under balance of ${item.theory.which}` : ''}`,
        ];
      case 'Remove':
        return [
          `${indent}remove ${item.what} ${item.what === 'alliance' ? this.str(item.name!) : `${item.a!.name} ${item.b!.name}`}`,
        ];
      case 'Scenario':
        return this.block(
          indent,
          `scenario ${this.str(item.title)}`,
          item.title.end,
          item,
          item.entries.length > 0 || this.hasBrace(item.title.end, item.end)
            ? item.entries.map((e) => this.headerEntry(e, indent + INDENT))
            : null,
        );
      case 'State': {
        const head = `state ${item.id.name}${item.name ? ` ${this.str(item.name)}` : ''}`;
        return this.block(
          indent,
          head,
          (item.name ?? item.id).end,
          item,
          item.attrs ? item.attrs.map((a) => this.attribute(a, indent + INDENT)) : null,
        );
      }
      case 'Settings':
        return this.block(
          indent,
          'settings',
          item.start,
          item,
          item.entries.map((e) => this.setting(e, indent + INDENT)),
        );
      case 'Variant': {
        const open = this.openBrace(item.name.end, item.end);
        const body = this.items(item.items, indent + INDENT, open + 1, item.end - 1);
        return [`${indent}variant ${this.str(item.name)} {`, ...body, `${indent}}`];
      }
    }
  }

  /**
   * A statement with a `{ ... }` block of entries: one line when it was written on one line,
   * holds no comment and fits; otherwise one entry per line. `entries` null means no block.
   */
  private block(
    indent: string,
    head: string,
    headEnd: number,
    node: Span,
    entries: PrintedEntry[] | null,
  ): string[] {
    if (entries === null) return [indent + head];
    const open = this.openBrace(headEnd, node.end);
    const close = node.end - 1;
    if (entries.length === 0 && this.countComments(open, close) === 0) return [`${indent}${head} {}`];
    const firstStart = entries[0]?.start ?? close;
    const writtenOnOneLine = !this.text.slice(open, firstStart).includes('\n');
    const single = `${indent}${head} { ${entries.map((e) => e.lines[0]!.trim()).join('  ')} }`;
    if (
      writtenOnOneLine &&
      entries.every((e) => e.lines.length === 1) &&
      this.countComments(open, close) === 0 &&
      single.length <= MAX_WIDTH
    ) {
      return [single];
    }
    return [
      `${indent}${head} {`,
      ...this.entryLines(entries, indent + INDENT, open + 1, close),
      `${indent}}`,
    ];
  }

  /** Entries one per line, with the comments between them kept in place. */
  private entryLines(
    entries: readonly PrintedEntry[],
    indent: string,
    regionStart: number,
    regionEnd: number,
  ): string[] {
    const out: string[] = [];
    let previousEnd = -1;
    for (const entry of entries) {
      previousEnd = this.placeComments(
        out,
        previousEnd < 0 ? regionStart : previousEnd,
        entry.start,
        previousEnd,
        indent,
      );
      if (out.length > 0 && this.blankLineBetween(previousEnd, entry.start)) out.push('');
      out.push(...entry.lines);
      previousEnd = entry.end;
    }
    this.placeComments(out, previousEnd < 0 ? regionStart : previousEnd, regionEnd, previousEnd, indent);
    return out;
  }

  private headerEntry(entry: HeaderEntry, indent: string): PrintedEntry {
    switch (entry.type) {
      case 'Year':
        return this.entry(entry, indent, `year ${this.num(entry.value)}`);
      case 'Source':
        return this.entry(entry, indent, `source ${entry.values.map((v) => this.str(v)).join(', ')}`);
      case 'Wartime':
        return this.entry(entry, indent, 'wartime');
      case 'AttrError':
        return this.entry(entry, indent, this.text.slice(entry.start, entry.end).trim());
    }
  }

  private attribute(attr: Attribute | AttrErrorNode, indent: string): PrintedEntry {
    switch (attr.type) {
      case 'Power':
        if (attr.value.type === 'Number') return this.entry(attr, indent, `power ${this.num(attr.value)}`);
        return { start: attr.start, end: attr.end, lines: this.components(attr.value, indent) };
      case 'Offense':
      case 'Intent':
      case 'Reach': {
        const word = attr.type.toLowerCase();
        return this.entry(
          attr,
          indent,
          `${word} ${attr.value.type === 'Number' ? this.num(attr.value) : attr.value.word}`,
        );
      }
      case 'Capital':
        return this.entry(attr, indent, `capital ${this.num(attr.lat)} ${this.num(attr.lon)}`);
      case 'Major':
        return this.entry(attr, indent, 'major');
      case 'AttrError':
        return this.entry(attr, indent, this.text.slice(attr.start, attr.end).trim());
    }
  }

  private components(block: ComponentsNode, indent: string): string[] {
    const entries = block.entries.map((entry: ComponentNode | AttrErrorNode) =>
      entry.type === 'Component'
        ? this.entry(entry, indent + INDENT, `${entry.key.word} ${this.num(entry.value)}`)
        : this.entry(entry, indent + INDENT, this.text.slice(entry.start, entry.end).trim()),
    );
    return this.block(indent, 'power', block.start, block, entries);
  }

  private setting(entry: SettingNode | AttrErrorNode, indent: string): PrintedEntry {
    if (entry.type === 'AttrError')
      return this.entry(entry, indent, this.text.slice(entry.start, entry.end).trim());
    return this.entry(
      entry,
      indent,
      `${entry.weight ? 'weight ' : ''}${entry.name.word} ${this.num(entry.value)}`,
    );
  }

  private entry(span: Span, indent: string, line: string): PrintedEntry {
    return { start: span.start, end: span.end, lines: [indent + line] };
  }

  /** A comma-separated list after a head, wrapped onto indented lines when too long. */
  private list(indent: string, head: string, items: readonly string[]): string[] {
    const single = `${indent}${head}${items.join(', ')}`;
    if (single.length <= MAX_WIDTH || items.length <= 1) return [single];
    const lines: string[] = [];
    let current = `${indent}${head}${items[0]}`;
    for (const item of items.slice(1)) {
      if (current.length + 2 + item.length > MAX_WIDTH) {
        lines.push(`${current},`);
        current = `${indent}${INDENT}${item}`;
      } else current += `, ${item}`;
    }
    lines.push(current);
    return lines;
  }

  /** A number as written, with its unit normalised: `34 km`, `15%`. */
  private num(node: NumberNode): string {
    const digits = this.text.slice(node.start, node.unit ? node.unit.start : node.end).trim();
    if (!node.unit) return digits;
    return node.unit.name === '%' ? `${digits}%` : `${digits} ${node.unit.name}`;
  }

  private str(node: StringNode): string {
    return this.text.slice(node.start, node.end);
  }

  private commentText(comment: Comment): string {
    return this.text.slice(comment.start, comment.end).trimEnd();
  }

  /** A comment on lines of its own; a block comment's inner lines keep their layout. */
  private commentLines(comment: Comment, indent: string): string[] {
    const [first, ...rest] = this.commentText(comment).split(/\r?\n/);
    return [indent + first, ...rest.map((line) => line.trimEnd())];
  }

  private takeComments(from: number, to: number): Comment[] {
    const taken: Comment[] = [];
    while (this.pending.length > 0 && this.pending[0]!.end <= to && this.pending[0]!.start >= from)
      taken.push(this.pending.shift()!);
    // Comments before `from` belong to an earlier part that could not place them; leave them.
    return taken;
  }

  private countComments(from: number, to: number): number {
    return this.pending.filter((c) => c.start >= from && c.end <= to).length;
  }

  private dropComments(from: number, to: number): void {
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const c = this.pending[i]!;
      if (c.start >= from && c.end <= to) this.pending.splice(i, 1);
    }
  }

  private sameLine(from: number, to: number): boolean {
    return !this.text.slice(from, to).includes('\n');
  }

  private blankLineBetween(from: number, to: number): boolean {
    if (from < 0) return false;
    const gap = this.text.slice(from, to);
    let newlines = 0;
    for (let i = 0; i < gap.length; i++) if (gap.charCodeAt(i) === 10) newlines++;
    return newlines >= 2;
  }

  private hasBrace(from: number, to: number): boolean {
    return this.openBrace(from, to) < to;
  }

  /** The block's `{` after `from`, skipping comments; `to` when there is none. */
  private openBrace(from: number, to: number): number {
    for (let i = from; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 123) return i;
      if (c === 47 && this.text.charCodeAt(i + 1) === 42) {
        const close = this.text.indexOf('*/', i + 2);
        i = close < 0 ? to : close + 1;
      } else if (c === 47 && this.text.charCodeAt(i + 1) === 47) {
        const newline = this.text.indexOf('\n', i);
        i = newline < 0 ? to : newline;
      }
    }
    return to;
  }
}

function claimText(claim: ExpectStmt): string {
  const target = claim.target?.name ?? '';
  switch (claim.verb) {
    case 'balances':
      return claim.negated ? `does not balance against ${target}` : `balances against ${target}`;
    case 'bandwagons':
      return claim.negated ? `does not bandwagon with ${target}` : `bandwagons with ${target}`;
    case 'neutral':
      return claim.negated ? 'does not stay neutral' : 'stays neutral';
    case 'threatens':
      return `${claim.negated ? 'does not threaten' : 'threatens'} ${target} more than ${claim.other?.name ?? ''}`;
  }
}

export type { Statement };
